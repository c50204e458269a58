using System.Text;

namespace ReportMiner.Cli.Tests;

/// <summary>Writes structurally valid but hostile PDFs (with a correct cross-reference table).</summary>
internal static class HostilePdf
{
    /// <summary>A page tree nested <paramref name="depth"/> levels deep: recursive readers overflow their stack.</summary>
    public static void DeepPageTree(string path, int depth)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>" };
        for (var level = 0; level < depth; level++)
            objects.Add($"<< /Type /Pages /Kids [{level + 3} 0 R] /Count 1{(level == 0 ? "" : $" /Parent {level + 1} 0 R")} >>");
        objects.Add($"<< /Type /Page /Parent {depth + 1} 0 R /MediaBox [0 0 595 842] >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length); // ASCII only: characters are bytes
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllText(path, pdf.ToString(), Encoding.ASCII);
    }
}
