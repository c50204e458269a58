using System.Collections;
using System.Text.Json;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Isolation;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Tests;

public sealed class WorkerCodecTests
{
    private static readonly SourceRef Source = new(5, 1, 13, "绩效指标 产出 \"月度\" 话务接通率\n≥95%");

    // Every property set: a property added to a record type fails Every_property_of_the_sample_is_set until it is set
    // here, and then the round trip below until the codec carries it.
    private static DocumentRecord Sample() => new()
    {
        File = "002.pdf", Sha256 = "ab12", Format = "pdf", DocumentKind = "performance_report", Warnings = ["read with OCR"],
        Projects =
        [
            new ProjectRecord
            {
                Name = "12345热线", Province = "广东省", City = "广州市", District = "天河区", Year = 2021, Department = "政务服务数据管理局",
                ReportKind = "self_evaluation", BudgetWan = 13410.06, BudgetInitialWan = 0.1 + 0.2, BudgetAdjustedWan = 1e-7,
                ActualWan = 13410.06, ExecutionRatePct = 100, Score = 99.7, Grade = "优", Warnings = ["name cut at 300 characters"],
                Sources = new Dictionary<string, SourceRef> { ["budget_wan"] = Source, ["name"] = Source with { Row = 14 } },
                Indicators =
                [
                    new IndicatorRecord
                    {
                        Level1 = "产出", Level2 = "产出数量", Name = "月度话务接通率", Category = "answer_rate",
                        Target = new Quantity("≥95%", ">=", 95, "%"), Actual = new Quantity("94.07%", "=", 94.07, "%"),
                        Weight = 12, Score = 11.7, Met = false, Source = Source,
                    },
                ],
            },
        ],
    };

    [Fact]
    public void Every_property_of_the_sample_is_set()
    {
        var unset = new List<string>();
        Walk(Sample(), "record", unset);
        Assert.Empty(unset);
    }

    [Fact]
    public void A_record_crosses_the_pipe_unchanged_in_every_property()
    {
        var sent = new WorkerMessage(7, new WorkResponse("pdf", Sample(), [new PageText(1, "第一页"), new PageText(2, "")], null, null));
        var line = WorkerCodec.Write(sent);
        var received = WorkerCodec.ReadMessage(line);

        Assert.DoesNotContain('\n', line);
        Assert.Equal(7, received.Id);
        Assert.Equal(RecordJson.Serialize(Sample()), RecordJson.Serialize(received.Answer!.Record!));
        Assert.Equal(sent.Answer!.Pages, received.Answer.Pages);
    }

    [Fact]
    public void Failures_progress_and_rendered_output_cross_the_pipe()
    {
        var failure = WorkerCodec.ReadMessage(WorkerCodec.Write(new WorkerMessage(1, new WorkResponse("doc", null, [], "Corrupt", "bad.doc: damaged", "# md"))));
        Assert.Equal(("doc", null, "Corrupt", "bad.doc: damaged", "# md"),
            (failure.Answer!.Format, failure.Answer.Record, failure.Answer.ErrorKind, failure.Answer.Error, failure.Answer.Output));
        var progress = WorkerCodec.ReadMessage(WorkerCodec.Write(new WorkerMessage(2, Progress: new PageProgress("ocr", 5, 12))));
        Assert.Equal(new PageProgress("ocr", 5, 12), progress.Progress);
        Assert.Null(progress.Answer);
    }

    [Fact]
    public void A_request_with_an_odd_path_crosses_the_pipe_unchanged()
    {
        var request = new WorkRequest(3, "/in/报告 \"1\"\\;$(rm -rf x)\t.pdf", "ff", 1234, "markdown");
        Assert.Equal(request, WorkerCodec.ReadRequest(WorkerCodec.Write(request)));
    }

    [Fact]
    public void Half_a_surrogate_pair_from_a_damaged_document_becomes_a_replacement_character_instead_of_failing_the_answer()
    {
        var record = Sample() with { DocumentKind = "a\uD800b", Warnings = ["\uDC00", "😀"] };
        var received = WorkerCodec.ReadMessage(WorkerCodec.Write(new WorkerMessage(1, new WorkResponse("pdf", record, [], null, null)))).Answer!.Record!;
        Assert.Equal("a\uFFFDb", received.DocumentKind);
        Assert.Equal(["\uFFFD", "😀"], received.Warnings);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"id\":\"seven\"}")]
    [InlineData("{\"answer\":{\"format\":\"txt\"}}")]
    [InlineData("{\"id\":1,\"answer\":{\"pages\":[{\"page\":")]
    public void A_line_that_is_no_message_is_a_json_error(string line) =>
        Assert.ThrowsAny<JsonException>(() => WorkerCodec.ReadMessage(line));

    private static void Walk(object? value, string path, List<string> unset)
    {
        switch (value)
        {
            case null:
                unset.Add(path);
                return;
            case string text:
                if (text.Length == 0) unset.Add(path);
                return;
            case IDictionary map:
                if (map.Count == 0) unset.Add(path);
                foreach (DictionaryEntry entry in map) Walk(entry.Value, $"{path}[{entry.Key}]", unset);
                return;
            case IEnumerable list:
                var any = false;
                foreach (var item in list) { any = true; Walk(item, path + "[]", unset); }
                if (!any) unset.Add(path);
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum) return;
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
            Walk(property.GetValue(value), path + "." + property.Name, unset);
    }
}
