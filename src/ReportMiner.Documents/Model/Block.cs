using System.Text.Json.Serialization;

namespace ReportMiner.Documents.Model;

/// <summary>A paragraph or a table, in reading order.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(Table), "table")]
public abstract record Block(Provenance Provenance)
{
    [JsonIgnore]
    public int Page => Provenance.Page;
}
