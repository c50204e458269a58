namespace ReportMiner.Parsing.Abstractions;

/// <summary>
/// Threads that take the next piece of work when they finish one, instead of a new thread per piece: a natively
/// compiled process spins until a thread it starts is running, which on a busy machine cost more CPU than some small
/// files take to read. Each piece runs under its caller's execution context, as on a thread started for it.
/// </summary>
public sealed class ReusedThreads(string name, int maxStackSize = 0)
{
    private readonly Stack<Runner> idle = new();

    /// <summary>Runs the action on an idle thread of this set, or on a new one when all are busy.</summary>
    public Task Run(Action action)
    {
        var work = new Work(action, ExecutionContext.Capture());
        Runner? runner;
        lock (idle) idle.TryPop(out runner);
        if (runner is null) new Runner(this, work).Start(name, maxStackSize);
        else runner.Take(work);
        return work.Done.Task;
    }

    private sealed class Work(Action action, ExecutionContext? context)
    {
        public TaskCompletionSource Done { get; } = new();

        public Exception? Run()
        {
            try
            {
                if (context is null) action();
                else ExecutionContext.Run(context, static state => ((Action)state!)(), action);
                return null;
            }
            catch (Exception e) { return e; }
        }
    }

    private sealed class Runner(ReusedThreads owner, Work first)
    {
        private Work? next = first;

        public void Start(string name, int maxStackSize) =>
            new Thread(Loop, maxStackSize) { IsBackground = true, Name = name }.UnsafeStart();

        public void Take(Work work)
        {
            lock (this)
            {
                next = work;
                Monitor.Pulse(this);
            }
        }

        private void Loop()
        {
            while (true)
            {
                Work work;
                lock (this)
                {
                    while (next is null) Monitor.Wait(this);
                    work = next;
                    next = null;
                }
                var failure = work.Run();
                // Idle before the caller hears it is done, so the caller's next piece finds this thread free.
                lock (owner.idle) owner.idle.Push(this);
                if (failure is null) work.Done.SetResult();
                else work.Done.SetException(failure);
            }
        }
    }
}
