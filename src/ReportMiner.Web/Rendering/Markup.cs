using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ReportMiner.Web.Rendering;

/// <summary>HTML that is already safe: built only by <see cref="Html.Of"/>, which encodes every interpolated value.</summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value;
}

/// <summary>
/// Builds HTML from an interpolated string in which every hole is HTML-encoded, unless it is already
/// <see cref="Markup"/>. Document text can therefore only ever reach a page as text.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string literal) => _builder.Append(literal);

    public void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case null: return;
            case Markup markup: _builder.Append(markup.Value); return;
            case IEnumerable<Markup> many:
                foreach (var m in many) _builder.Append(m.Value);
                return;
            case IFormattable formattable: _builder.Append(Html.Encode(formattable.ToString(null, CultureInfo.InvariantCulture))); return;
            default: _builder.Append(Html.Encode(value.ToString())); return;
        }
    }

    public void AppendFormatted<T>(T value, string? format) where T : IFormattable =>
        _builder.Append(Html.Encode(value?.ToString(format, CultureInfo.InvariantCulture)));

    internal Markup Build() => new(_builder.ToString());
}

public static class Html
{
    // Chinese stays readable in the page source; <, >, &, quotes and the rest are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Markup Of([InterpolatedStringHandlerArgument] ref HtmlHandler handler) => handler.Build();

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    public static Markup Text(string? text) => new(Encode(text));

    public static Markup Join(IEnumerable<Markup> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Markup Number(double? value, string format = "0.####") =>
        value is null ? Markup.Empty : Text(value.Value.ToString(format, CultureInfo.InvariantCulture));
}
