using ReportMiner.Store.Isolation;

// The worker alone (what `reportminer worker` runs), compiled ahead of time: `reportminer` starts it when it sits beside it.
return WorkerHost.Run();
