using Microsoft.AspNetCore.Mvc;
using Regulator.Domain.Common;
using Regulator.Web.Api;

namespace Regulator.Tests.Common;

/// <summary>The one result of a domain step, and the one way the platform APIs answer a step not taken.</summary>
public class StepResultTests
{
    private static StepResult<string> Step(StepFailure? failure) => failure is null ? "taken" : failure;

    [Fact]
    public void A_done_step_hands_back_its_value_and_a_failed_one_its_reason_never_a_value()
    {
        var done = Step(null);
        Assert.True(done.Succeeded);
        Assert.Equal(StepStatus.Done, done.Status);
        Assert.Equal("taken", done.Value);
        Assert.Null(done.Failure);

        var refused = Step(StepFailure.Refused("只有管理员可以 (only administrators may)"));
        Assert.False(refused.Succeeded);
        Assert.Equal(StepStatus.Refused, refused.Status);
        Assert.Contains("only administrators", Assert.Throws<InvalidOperationException>(() => refused.Value).Message);
    }

    [Fact]
    public void An_invalid_input_names_its_fields_and_its_message_is_the_first_fields()
    {
        var failure = StepFailure.Invalid(new Dictionary<string, string> { ["Name"] = "名称必填 (a name is required)", ["Uscc"] = "代码无效 (invalid code)" });
        Assert.Equal(StepStatus.Invalid, failure.Status);
        Assert.Equal("名称必填 (a name is required)", failure.Message);
        Assert.Equal(2, failure.FieldErrors.Count);
        Assert.Throws<ArgumentException>(() => StepFailure.Invalid(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData(StepStatus.NotFound, 404)]
    [InlineData(StepStatus.Refused, 403)]
    [InlineData(StepStatus.Conflict, 409)]
    [InlineData(StepStatus.Invalid, 422)]
    public void Every_api_answers_a_step_not_taken_with_the_status_its_kind_names(StepStatus status, int expected)
    {
        var failure = status switch
        {
            StepStatus.NotFound => StepFailure.NotFound,
            StepStatus.Refused => StepFailure.Refused("不可 (no)"),
            StepStatus.Conflict => StepFailure.Conflict("状态不符 (wrong state)"),
            _ => StepFailure.Invalid(new Dictionary<string, string> { ["reason"] = "请填写理由 (a reason is required)" }),
        };
        var problem = ApiProblem.For(failure).ProblemDetails;
        Assert.Equal(expected, problem.Status);
        Assert.Equal(failure.Message, problem.Title);
        if (status == StepStatus.Invalid)
        {
            // Scrubbing turns the extensions into JSON, as the platform reads them.
            var error = Assert.Single(Assert.IsType<System.Text.Json.Nodes.JsonArray>(problem.Extensions["errors"]))!;
            Assert.Equal(("reason", "invalid"), ((string?)error["field"], (string?)error["code"]));
        }
    }

    [Fact]
    public void A_fields_stable_code_reaches_the_api_and_a_field_without_one_is_invalid()
    {
        var failure = StepFailure.Invalid(new Dictionary<string, string> { ["categoryCode"] = "类别不存在 (no such category)", ["facts"] = "请填写 (required)" },
            new Dictionary<string, string> { ["categoryCode"] = "unknown-category" });

        var errors = Assert.IsType<System.Text.Json.Nodes.JsonArray>(ApiProblem.For(failure).ProblemDetails.Extensions["errors"]);

        Assert.Equal(["unknown-category", StepFailure.InvalidCode], errors.Select(e => (string?)e!["code"]));
    }

    [Fact]
    public void A_problem_never_echoes_an_identity_number_in_a_steps_message()
    {
        var problem = ApiProblem.For(StepFailure.Conflict("备案 110105198503121236 已审核 (already reviewed)")).ProblemDetails;
        Assert.DoesNotContain("110105198503121236", problem.Title);
    }
}
