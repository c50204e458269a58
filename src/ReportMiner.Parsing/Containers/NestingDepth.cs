namespace ReportMiner.Parsing.Containers;

/// <summary>
/// Measures how deeply a tree nests without recursion, so hostile files with thousands of nested
/// elements are refused before recursive readers could overflow the stack (which would end the process).
/// </summary>
public static class NestingDepth
{
    public const int Max = 400;

    public static bool Exceeds<T>(T root, Func<T, IEnumerable<T>> children, int max = Max)
    {
        var stack = new Stack<(T Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max) return true;
            foreach (var child in children(node)) stack.Push((child, depth + 1));
        }
        return false;
    }
}
