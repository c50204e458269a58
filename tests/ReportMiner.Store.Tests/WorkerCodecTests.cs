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
    public void A_hello_crosses_the_pipe_as_one_line_with_id_zero_and_nothing_else()
    {
        var line = WorkerCodec.Write(new WorkerMessage(0, Hello: new WorkerHello("Store=0123456789abcdef")));
        var received = WorkerCodec.ReadMessage(line);
        Assert.Equal(("""{"id":0,"hello":{"identity":"Store=0123456789abcdef"}}""", 0L, "Store=0123456789abcdef"), (line, received.Id, received.Hello!.Identity));
        Assert.Null(received.Answer);
        Assert.ThrowsAny<JsonException>(() => WorkerCodec.ReadMessage("""{"id":0,"hello":{}}"""));
    }

    [Fact]
    public void A_line_read_without_its_record_keeps_everything_else_and_skips_the_record()
    {
        var line = WorkerCodec.Write(new WorkerMessage(12, new WorkResponse("pdf", Sample(), [new PageText(1, "页")], "Corrupt", "bad", "{}")));
        var full = WorkerCodec.ReadMessage(line);
        var lean = WorkerCodec.ReadMessageWithoutRecord(line);
        Assert.Null(lean.Answer!.Record);
        Assert.Equal(full.Answer! with { Record = null, Pages = lean.Answer.Pages }, lean.Answer);
        Assert.Equal(full.Answer.Pages, lean.Answer.Pages);
        Assert.Equal(12, lean.Id);
        var hello = WorkerCodec.ReadMessageWithoutRecord(WorkerCodec.Write(new WorkerMessage(0, Hello: new WorkerHello("Store=0123"))));
        Assert.Equal("Store=0123", hello.Hello!.Identity);
        Assert.ThrowsAny<JsonException>(() => WorkerCodec.ReadMessageWithoutRecord("""{"id":3,"answer":{"format":"pdf"}}"""));
    }

    [Theory]
    [InlineData("""{"id":0,"hello":{}}""", 0L)]
    [InlineData("""{"id":9223372036854775807,"answer":{}}""", long.MaxValue)]
    [InlineData("""{"id":42}""", 42L)]
    [InlineData("""{"answer":{},"id":42}""", null)]
    [InlineData("""{"id":-1}""", null)]
    [InlineData("""{"id":99999999999999999999}""", null)]
    [InlineData("""{"id":""", null)]
    [InlineData("", null)]
    public void The_id_is_read_off_the_start_of_a_line_the_codec_wrote_and_nothing_else_is_guessed(string line, long? id) =>
        Assert.Equal(id, WorkerCodec.PeekId(line));

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

    [Fact]
    public void The_line_on_the_pipe_has_snake_case_names_leaves_nulls_out_and_escapes_control_characters_only()
    {
        var record = new DocumentRecord
        {
            File = "a.txt", Sha256 = "ff", Format = "txt",
            Projects = [new ProjectRecord { Name = "热线\u0001\u001b[31m", Year = 2021, BudgetWan = 1.5 }],
        };
        var line = WorkerCodec.Write(new WorkerMessage(4, new WorkResponse("txt", record, [new PageText(1, "页")], null, null)));
        Assert.Equal(
            """{"id":4,"answer":{"format":"txt","record":{"file":"a.txt","sha256":"ff","format":"txt","projects":[{"name":"热线\u0001\u001B[31m","year":2021,"budget_wan":1.5,"indicators":[],"sources":{},"warnings":[]}],"warnings":[]},"pages":[{"page":1,"text":"页"}]}}""",
            line);
        Assert.Equal("热线\u0001\u001b[31m", WorkerCodec.ReadMessage(line).Answer!.Record!.Projects[0].Name);
    }

    [Fact]
    public void An_infinite_or_undefined_number_crosses_the_pipe_instead_of_failing_the_answer()
    {
        var record = Sample() with { Projects = [Sample().Projects[0] with { BudgetWan = double.NaN, Score = double.PositiveInfinity }] };
        var received = WorkerCodec.ReadMessage(WorkerCodec.Write(new WorkerMessage(1, new WorkResponse("pdf", record, [], null, null)))).Answer!.Record!;
        Assert.Equal((double.NaN, double.PositiveInfinity), (received.Projects[0].BudgetWan!.Value, received.Projects[0].Score!.Value));
    }

    [Fact]
    public void A_record_file_without_a_name_or_snippet_crosses_the_pipe_as_it_would_have_stayed_in_process()
    {
        // Records read from JSON files (RecordFiles) can lack what the extractor always fills in.
        var record = Sample() with
        {
            Projects = [Sample().Projects[0] with { Name = null!, Sources = new Dictionary<string, SourceRef> { ["name"] = new(1, null, null, null!) } }],
        };
        var received = WorkerCodec.ReadMessage(WorkerCodec.Write(new WorkerMessage(1, new WorkResponse("record", record, [], null, null)))).Answer!.Record!;
        Assert.Equal(RecordJson.Serialize(record), RecordJson.Serialize(received));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"seven\"}")]
    [InlineData("{\"id\":1e400}")]
    [InlineData("{\"answer\":{\"format\":\"txt\"}}")]
    [InlineData("{\"id\":1,\"answer\":{\"pages\":[{\"page\":")]
    [InlineData("{\"id\":1,\"answer\":{\"pages\":[]}}")]
    [InlineData("{\"id\":1,\"answer\":{\"format\":\"pdf\",\"pages\":null}}")]
    [InlineData("{\"id\":1,\"answer\":{\"format\":\"pdf\",\"pages\":[{\"page\":1,\"text\":\"\\uD800\"}]}}")]
    [InlineData("{\"id\":1,\"answer\":{\"format\":\"pdf\",\"pages\":[{\"page\":1}]}}")]
    [InlineData("{\"id\":1,\"progress\":{\"stage\":\"ocr\",\"page\":\"five\",\"pages\":12}}")]
    [InlineData("{\"id\":1}\n{\"id\":2}")]
    public void A_line_that_is_no_whole_message_is_a_json_error(string line) =>
        Assert.ThrowsAny<JsonException>(() => WorkerCodec.ReadMessage(line));

    [Fact]
    public void A_message_nested_beyond_reason_is_a_json_error_not_a_stack_overflow()
    {
        var line = "{\"id\":1,\"extra\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        Assert.ThrowsAny<JsonException>(() => WorkerCodec.ReadMessage(line));
    }

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
