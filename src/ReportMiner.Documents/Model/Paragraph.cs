namespace ReportMiner.Documents.Model;

public sealed record Paragraph(string Text, Provenance Provenance) : Block(Provenance);
