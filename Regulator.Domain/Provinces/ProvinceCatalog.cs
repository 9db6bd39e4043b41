namespace Regulator.Domain.Provinces;

/// <summary>The 31 provincial-level divisions of the mainland plus the Xinjiang Production and Construction Corps.</summary>
public static class ProvinceCatalog
{
    public static readonly IReadOnlyList<Province> All =
    [
        new("11", "北京市", "Beijing"), new("12", "天津市", "Tianjin"), new("13", "河北省", "Hebei"),
        new("14", "山西省", "Shanxi"), new("15", "内蒙古自治区", "Inner Mongolia"), new("21", "辽宁省", "Liaoning"),
        new("22", "吉林省", "Jilin"), new("23", "黑龙江省", "Heilongjiang"), new("31", "上海市", "Shanghai"),
        new("32", "江苏省", "Jiangsu"), new("33", "浙江省", "Zhejiang"), new("34", "安徽省", "Anhui"),
        new("35", "福建省", "Fujian"), new("36", "江西省", "Jiangxi"), new("37", "山东省", "Shandong"),
        new("41", "河南省", "Henan"), new("42", "湖北省", "Hubei"), new("43", "湖南省", "Hunan"),
        new("44", "广东省", "Guangdong"), new("45", "广西壮族自治区", "Guangxi"), new("46", "海南省", "Hainan"),
        new("50", "重庆市", "Chongqing"), new("51", "四川省", "Sichuan"), new("52", "贵州省", "Guizhou"),
        new("53", "云南省", "Yunnan"), new("54", "西藏自治区", "Tibet"), new("61", "陕西省", "Shaanxi"),
        new("62", "甘肃省", "Gansu"), new("63", "青海省", "Qinghai"), new("64", "宁夏回族自治区", "Ningxia"),
        new("65", "新疆维吾尔自治区", "Xinjiang"), new("66", "新疆生产建设兵团", "XPCC"),
    ];

    private static readonly Dictionary<string, Province> ByCode = All.ToDictionary(p => p.Code);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Province? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var p) ? p : null;
}
