using System.Diagnostics;
using ReportMiner.Store.Isolation;
using ReportMiner.TestSupport;

namespace ReportMiner.Store.Tests;

/// <summary>
/// The worker pool with stand-in workers (bash scripts speaking the line protocol), so each way a worker can
/// fail is produced on purpose: a crash, a stack overflow, memory, a missed deadline.
/// </summary>
public sealed class IsolatedWorkTests
{
    // The request's id, cut out of its JSON line by bash.
    private const string ReadId = """id=${line#*\"id\":}; id=${id%%,*};""";

    private const string Answer = """echo "{\"id\":$id,\"answer\":{\"format\":\"txt\",\"pages\":[{\"page\":1,\"text\":\"ok\"}]}}" """;

    private static IsolatedWork Pool(string script, int deadlineSeconds = 30, int filesPerWorker = 4) => new(new WorkerOptions
    {
        StartInfo = () => new ProcessStartInfo("bash") { ArgumentList = { "-c", script } },
        Deadline = TimeSpan.FromSeconds(deadlineSeconds),
        FilesPerWorker = filesPerWorker,
    });

    // Answers files whose name has "good", misbehaves (per MODE) on the others.
    private static string Script(string misbehave) =>
        $$"""while read -r line; do {{ReadId}} case "$line" in *good*) {{Answer}};; *) {{misbehave}};; esac; done""";

    [Fact]
    public void An_answer_becomes_the_files_entry_and_the_worker_is_reused()
    {
        using var pool = Pool($$$"""n=0; while read -r line; do {{{ReadId}}} n=$((n+1)); echo "{\"id\":$id,\"answer\":{\"format\":\"txt\",\"pages\":[{\"page\":$n,\"text\":\"x\"}]}}"; done""");
        var first = pool.Read("/a/good.txt", "s1", 1, CancellationToken.None);
        var second = pool.Read("/a/good2.txt", "s2", 1, CancellationToken.None);
        Assert.False(first.Failed);
        Assert.Equal(("/a/good.txt", "s1", 1), (first.Path, first.Sha256, first.Pages.Single().Page));
        Assert.Equal(2, second.Pages.Single().Page);
    }

    [Fact]
    public void A_stack_overflow_fails_only_its_file_and_a_new_worker_reads_the_next()
    {
        using var pool = Pool(Script("echo 'Stack overflow.' >&2; exit 134"));
        var bad = pool.Read("/a/deep.pdf", "s1", 1, CancellationToken.None);
        var good = pool.Read("/a/good.pdf", "s2", 1, CancellationToken.None);
        Assert.Equal("WorkerCrashed", bad.ErrorKind);
        Assert.Contains("overflowed its stack", bad.Error);
        Assert.StartsWith("/a/deep.pdf: ", bad.Error);
        Assert.False(good.Failed);
    }

    [Fact]
    public void A_worker_out_of_memory_is_recorded_as_memory()
    {
        using var pool = Pool(Script("exit 3"));
        Assert.Equal("OutOfMemory", pool.Read("/a/big.xlsx", "s", 1, CancellationToken.None).ErrorKind);
    }

    [Fact]
    public void A_worker_ended_by_a_silent_segmentation_fault_as_the_native_worker_ends_on_a_stack_overflow_is_recorded_as_one()
    {
        using var pool = Pool(Script("kill -SEGV $$"));
        var bad = pool.Read("/a/deep.pdf", "s", 1, CancellationToken.None);
        Assert.Equal("WorkerCrashed", bad.ErrorKind);
        Assert.Contains("overflowed its stack", bad.Error);
    }

    [Fact]
    public void A_worker_aborted_without_a_word_as_the_native_worker_ends_at_its_heap_ceiling_is_recorded_as_memory()
    {
        using var pool = Pool(Script("kill -ABRT $$"));
        Assert.Equal("OutOfMemory", pool.Read("/a/big.xlsx", "s", 1, CancellationToken.None).ErrorKind);
    }

    [Fact]
    public void A_worker_aborted_with_a_message_of_its_own_is_a_crash_that_quotes_it()
    {
        using var pool = Pool(Script("echo 'Unhandled exception. System.InvalidOperationException: broken' >&2; kill -ABRT $$"));
        var bad = pool.Read("/a/odd.docx", "s", 1, CancellationToken.None);
        Assert.Equal("WorkerCrashed", bad.ErrorKind);
        Assert.Contains("broken", bad.Error);
    }

    [Fact]
    public void A_missed_deadline_stops_the_worker_and_records_a_timeout()
    {
        using var pool = Pool(Script("sleep 600"), deadlineSeconds: 2);
        var watch = Stopwatch.StartNew();
        var slow = pool.Read("/a/slow.doc", "s1", 1, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
        Assert.Equal("Timeout", slow.ErrorKind);
        Assert.False(pool.Read("/a/good.doc", "s2", 1, CancellationToken.None).Failed);
    }

    [Fact]
    public void A_worker_killed_at_its_deadline_leaves_no_temporary_folder_behind()
    {
        using var dir = new TempDirectory();
        // The stand-in makes a work folder named the way the parsers name theirs (owner pid and start time), then hangs.
        var script = Script("""start=$(cut -d' ' -f22 /proc/$$/stat); mkdir "$TMPDIR/reportminer-ocr-$$-$start-0123456789abcdef0123456789abcdef"; sleep 600""");
        using var pool = new IsolatedWork(new WorkerOptions
        {
            StartInfo = () => new ProcessStartInfo("bash") { ArgumentList = { "-c", script }, Environment = { ["TMPDIR"] = dir.Path } },
            Deadline = TimeSpan.FromSeconds(3),
        });
        Assert.Equal("Timeout", pool.Read("/a/scan.pdf", "s", 1, CancellationToken.None).ErrorKind);
        Assert.Empty(Directory.GetDirectories(dir.Path, "reportminer-*"));
    }

    [Fact]
    public void A_prestarted_worker_is_asked_to_warm_up_and_reads_the_first_file()
    {
        // Each stand-in answers with its own pid and whether it was asked to warm up.
        using var pool = Pool($$$"""while read -r line; do {{{ReadId}}} echo "{\"id\":$id,\"answer\":{\"format\":\"txt\",\"pages\":[{\"page\":$$,\"text\":\"warm=${{{IsolatedWork.WarmUpVariable}}}\"}]}}"; done""");
        pool.Prestart();
        pool.Prestart();
        var first = pool.Read("/a/one.txt", "s1", 1, CancellationToken.None).Pages.Single();
        var second = pool.Read("/a/two.txt", "s2", 1, CancellationToken.None).Pages.Single();
        Assert.Equal("warm=1", first.Text);
        Assert.Equal(first.Page, second.Page);
    }

    [Fact]
    public void A_launch_hook_starts_each_worker_with_the_pools_environment_and_pipes()
    {
        var launched = new List<ProcessStartInfo>();
        using var pool = new IsolatedWork(new WorkerOptions
        {
            StartInfo = () => new ProcessStartInfo("bash") { ArgumentList = { "-c", Script("exit 3") } },
            Launch = start => { launched.Add(start); return Process.Start(start)!; },
            MemoryBytes = 256L << 20,
        });
        Assert.False(pool.Read("/a/good.txt", "s1", 1, CancellationToken.None).Failed);
        Assert.Equal("OutOfMemory", pool.Read("/a/big.xlsx", "s2", 1, CancellationToken.None).ErrorKind);
        Assert.False(pool.Read("/a/good2.txt", "s3", 1, CancellationToken.None).Failed);
        Assert.Equal(2, launched.Count);
        Assert.All(launched, start => Assert.Equal(("0x10000000", true, true), (start.Environment["DOTNET_GCHeapHardLimit"], start.RedirectStandardInput, start.RedirectStandardOutput)));
    }

    [Fact]
    public void Once_reading_is_finished_an_idle_worker_ends_by_itself_and_a_later_file_starts_a_fresh_one()
    {
        // Each stand-in answers with its own pid, and ends when its input closes.
        using var pool = Pool($$$"""while read -r line; do {{{ReadId}}} echo "{\"id\":$id,\"answer\":{\"format\":\"txt\",\"pages\":[{\"page\":$$,\"text\":\"x\"}]}}"; done""");
        var first = pool.Read("/a/one.txt", "s1", 1, CancellationToken.None).Pages.Single().Page;

        pool.FinishedReading();

        var clock = Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{first}") && !IsZombie(first) && clock.Elapsed < TimeSpan.FromSeconds(20)) Thread.Sleep(20);
        Assert.True(!Directory.Exists($"/proc/{first}") || IsZombie(first), "the idle worker was still running");
        var second = pool.Read("/a/two.txt", "s2", 1, CancellationToken.None);
        Assert.False(second.Failed);
        Assert.NotEqual(first, second.Pages.Single().Page);
    }

    private static bool IsZombie(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(") ")[^1].StartsWith('Z'); }
        catch (IOException) { return true; }
    }

    [Fact]
    public void Files_read_through_libreoffice_go_to_a_worker_of_their_own()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("a.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1]);
        File.WriteAllText(dir.File("b.rtf"), "{\\rtf1 x}");
        File.WriteAllText(dir.File("c.txt"), "报告");
        using var pool = Pool($$$"""while read -r line; do {{{ReadId}}} echo "{\"id\":$id,\"answer\":{\"format\":\"txt\",\"pages\":[{\"page\":$$,\"text\":\"x\"}]}}"; done""");
        int WorkerOf(string name) => pool.Read(dir.File(name), "s", 1, CancellationToken.None).Pages.Single().Page;
        var (doc, rtf, txt) = (WorkerOf("a.doc"), WorkerOf("b.rtf"), WorkerOf("c.txt"));
        Assert.Equal(doc, rtf);
        Assert.NotEqual(doc, txt);
    }

    [Fact]
    public void A_garbled_answer_is_a_crash_of_that_file_only()
    {
        using var pool = Pool(Script("echo 'not json'"));
        Assert.Equal("WorkerCrashed", pool.Read("/a/x.txt", "s", 1, CancellationToken.None).ErrorKind);
        Assert.False(pool.Read("/a/good.txt", "s", 1, CancellationToken.None).Failed);
    }

    [Fact]
    public async Task A_crash_with_several_files_in_flight_fails_only_the_file_that_crashes_again_alone()
    {
        using var pool = Pool(Script("sleep 1; echo 'Stack overflow.' >&2; exit 134"));
        var bad = Task.Run(() => pool.Read("/a/deep.pdf", "s1", 1, CancellationToken.None));
        await Task.Delay(200);
        var good = await Task.Run(() => pool.Read("/a/good.pdf", "s2", 1, CancellationToken.None));
        Assert.Equal("WorkerCrashed", (await bad).ErrorKind);
        Assert.False(good.Failed, good.Error);
        Assert.Equal("ok", good.Pages.Single().Text);
    }

    [Fact]
    public async Task A_missed_deadline_blames_only_that_file_and_the_file_queued_beside_it_is_read_again()
    {
        using var pool = Pool(Script("sleep 600"), deadlineSeconds: 2);
        var slow = Task.Run(() => pool.Read("/a/slow.doc", "s1", 1, CancellationToken.None));
        await Task.Delay(200);
        // The stand-in reads one line at a time, so this file waits behind the slow one until its worker is stopped.
        var queued = await Task.Run(() => pool.Read("/a/good.doc", "s2", 1, CancellationToken.None));
        Assert.Equal("Timeout", (await slow).ErrorKind);
        Assert.False(queued.Failed, queued.Error);
    }

    [Fact]
    public void Progress_lines_reach_the_callers_listener_before_the_answer()
    {
        using var pool = Pool($$$"""while read -r line; do {{{ReadId}}} echo "{\"id\":$id,\"progress\":{\"stage\":\"reading\",\"page\":7,\"pages\":40}}"; {{{Answer}}}; done""");
        var seen = new List<ReportMiner.Parsing.Abstractions.PageProgress>();
        var entry = pool.Read("/a/long.pdf", "s", 1, CancellationToken.None, p => { lock (seen) seen.Add(p); });
        Assert.False(entry.Failed);
        Assert.Equal(new ReportMiner.Parsing.Abstractions.PageProgress("reading", 7, 40), Assert.Single(seen));
    }

    [Fact]
    public void The_real_worker_loop_answers_each_request_with_a_line_carrying_its_id()
    {
        using var dir = new TempDirectory();
        var good = dir.File("r.json");
        File.Copy(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single(), good);
        var bad = dir.File("bad.json");
        File.WriteAllText(bad, "{ not json");
        var input = new StringReader($"{{\"id\":1,\"path\":\"{good}\",\"sha256\":\"a\",\"size\":1}}\n{{\"id\":2,\"path\":\"{bad}\",\"sha256\":\"b\",\"size\":1}}\n");
        using var output = new MemoryStream();
        Assert.Equal(0, WorkerLoop.Run(Importing.ImportPipeline.DefaultWork(), input, output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("12345政府服务热线", Assert.Single(lines, l => l.StartsWith("{\"id\":1,", StringComparison.Ordinal)));
        Assert.Contains("\"error_kind\":\"Corrupt\"", Assert.Single(lines, l => l.StartsWith("{\"id\":2,", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_real_worker_loop_skips_blank_lines_and_stops_with_an_exit_code_at_a_line_that_is_no_request()
    {
        using var dir = new TempDirectory();
        var good = dir.File("r.json");
        File.Copy(Directory.GetFiles(RepoPaths.Gold, "002_*.json").Single(), good);
        var input = new StringReader($"\n   \n{{\"id\":1,\"path\":\"{good}\",\"sha256\":\"a\",\"size\":1}}\nnot a request\n{{\"id\":2,\"path\":\"{good}\",\"sha256\":\"a\",\"size\":1}}\n");
        using var output = new MemoryStream();

        var exit = WorkerLoop.Run(Importing.ImportPipeline.DefaultWork(), input, output);

        Assert.Equal(WorkerLoop.ProtocolExit, exit);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"id\":1,", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_worker_loop_asked_for_the_record_text_answers_with_what_extract_writes_in_process_and_no_page_texts()
    {
        var seed = RepoPaths.Seed("002");
        var work = Importing.ImportPipeline.DefaultWork();
        var inProcess = work.Read(seed, "a", 1, CancellationToken.None);
        Assert.NotEmpty(inProcess.Pages);
        var input = new StringReader($"{{\"id\":1,\"path\":{System.Text.Json.JsonSerializer.Serialize(seed)},\"sha256\":\"a\",\"size\":1,\"render\":\"{WorkRequest.RecordText}\"}}\n");
        using var output = new MemoryStream();

        Assert.Equal(0, WorkerLoop.Run(work, input, output));

        var answer = WorkerCodec.ReadMessage(System.Text.Encoding.UTF8.GetString(output.ToArray()).Trim()).Answer!;
        Assert.Null(answer.Record);
        Assert.Empty(answer.Pages);
        Assert.Null(answer.Error);
        Assert.Equal(Extraction.Records.RecordJson.Serialize(inProcess.Record!), answer.Output);
    }
}
