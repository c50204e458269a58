using ReportMiner.Store.Isolation;
using ReportMiner.Worker;

// The worker alone (what `reportminer worker` runs), compiled ahead of time: `reportminer` starts it when it sits beside
// it and says it was compiled from the same libraries (CodeIdentity, src/CodeIdentity.targets).
return WorkerHost.Run(CodeIdentity.Value);
