using System.Data.Common;
using System.Text;
using ReportMiner.Store.Data;

namespace ReportMiner.Store.Writing;

/// <summary>
/// Inserts many rows of one table with multi-row INSERT statements inside the caller's transaction: one round trip per
/// few hundred rows instead of one per row (which is what made PostgreSQL imports slow).
/// </summary>
internal static class RowInserts
{
    /// <summary>
    /// Several statements sent together on PostgreSQL: each <see cref="Insert"/> or <see cref="Add"/> joins one command,
    /// which is sent (one round trip, the statements run in order) when the next statement would take it over the
    /// parameter limit, and at <see cref="Flush"/>. Statements that must see each other's effects still do: they run in
    /// order. SQLite has no round trips to save and binds every parameter of a command to each of its statements, so
    /// there each statement runs at once, as its own command.
    /// </summary>
    public sealed class Statements(DbConnection connection, DbTransaction transaction) : IDisposable
    {
        private readonly bool _immediate = SqlDialect.Of(connection).Engine == StoreEngine.Sqlite;
        private readonly int _maxParameters = SqlDialect.Of(connection).ParametersPerStatement;
        private DbCommand? _command;
        private readonly StringBuilder _sql = new();
        private int _parameters;

        /// <summary>Appends an INSERT of <paramref name="rows"/> (nothing when there are none).</summary>
        public void Insert(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
        {
            var perStatement = Math.Max(1, _maxParameters / columns.Count);
            var head = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var command = Room(chunk.Length * columns.Count);
                _sql.Append(head);
                for (var r = 0; r < chunk.Length; r++)
                {
                    _sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = "@p" + _parameters++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (c > 0) _sql.Append(", ");
                        _sql.Append(name);
                        Db.Add(command, name, chunk[r][c]);
                    }
                    _sql.Append(')');
                }
                _sql.Append(";\n");
                if (_immediate) Flush();
            }
        }

        /// <summary>Appends a statement of its own; <paramref name="write"/> adds its parameters to the command and returns its text.</summary>
        public void Add(int parameters, Func<DbCommand, string?> write)
        {
            var command = Room(parameters);
            if (write(command) is not { Length: > 0 } sql) return;
            _sql.Append(sql).Append(";\n");
            _parameters += parameters;
            if (_immediate) Flush();
        }

        /// <summary>
        /// Appends a statement that returns rows and hands over the command holding everything appended, for the caller
        /// to run (and dispose): the statements before it (inserts) yield no result set, so its reader starts at this
        /// statement's first.
        /// </summary>
        public DbCommand TakeWith(int parameters, Func<DbCommand, string> write)
        {
            var command = Room(parameters);
            _sql.Append(write(command));
            command.CommandText = _sql.ToString();
            _command = null;
            _sql.Clear();
            _parameters = 0;
            return command;
        }

        /// <summary>Sends what was appended.</summary>
        public void Flush()
        {
            if (_command is null) return;
            using var command = _command;
            _command = null;
            if (_sql.Length == 0) return;
            command.CommandText = _sql.ToString();
            _sql.Clear();
            _parameters = 0;
            command.ExecuteNonQuery();
        }

        private DbCommand Room(int parameters)
        {
            if (_command is not null && _parameters + parameters > _maxParameters) Flush();
            if (_command is null)
            {
                _command = connection.CreateCommand();
                _command.Transaction = transaction;
            }
            return _command;
        }

        public void Dispose() => _command?.Dispose();
    }
}
