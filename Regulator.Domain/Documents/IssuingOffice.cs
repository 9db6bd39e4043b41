using Regulator.Domain.Common;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.Documents;

/// <summary>The office a document is issued in the name of: the province's office of the agency that supervises the platform.</summary>
public static class IssuingOffice
{
    public const string NationalCyberspace = "国家互联网信息办公室";

    public static string For(string provinceCode, Agency agency)
    {
        var province = ProvinceCatalog.Find(provinceCode)?.NameZh ?? provinceCode;
        return agency == Agency.CultureTourism ? $"{province}文化和旅游厅" : $"{province}互联网信息办公室";
    }
}
