using ReportMiner.Store.Data;

namespace ReportMiner.Store.Schema;

/// <summary>
/// The store's schema as ordered forward migrations. Migration N brings user_version from N-1 to N;
/// shipped migrations are never edited (except to stop creating what a later step drops), new ones are appended.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> Ordered { get; } =
    [
        Migration.Sql("documents, projects, indicators, import runs", """
        CREATE TABLE import_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            inputs TEXT NOT NULL,
            total INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'running'
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            size INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
            error_kind TEXT,
            error TEXT,
            page_count INTEGER,
            imported_at TEXT NOT NULL,
            run_id INTEGER REFERENCES import_runs(id)
        );
        CREATE UNIQUE INDEX documents_by_path ON documents(path);
        CREATE INDEX documents_by_sha256 ON documents(sha256);
        CREATE TABLE document_pages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX document_pages_by_document ON document_pages(document_id);
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            province TEXT,
            city TEXT,
            city_key TEXT,
            district TEXT,
            year INTEGER,
            department TEXT,
            report_kind TEXT,
            budget_wan REAL,
            actual_wan REAL,
            execution_rate_pct REAL,
            score REAL,
            grade TEXT,
            warnings TEXT NOT NULL DEFAULT '[]',
            sources TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX projects_by_document ON projects(document_id);
        CREATE INDEX projects_by_city_year ON projects(city_key, year);
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            level1 TEXT,
            level2 TEXT,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            category TEXT,
            target_text TEXT, target_op TEXT, target_value REAL, target_unit TEXT,
            actual_text TEXT, actual_op TEXT, actual_value REAL, actual_unit TEXT,
            weight REAL,
            score REAL,
            met INTEGER,
            source_page INTEGER,
            source_table INTEGER,
            source_row INTEGER,
            source_snippet TEXT
        );
        CREATE INDEX indicators_by_project ON indicators(project_id);
        CREATE INDEX indicators_by_category ON indicators(category, project_id);
        """),
        Migration.Sql("covering index for compare by category",
            "CREATE INDEX indicators_compare ON indicators(category, project_id, ordinal, name, target_text, target_value, actual_text, actual_value, met);"),
        // Once rebuilt the SQLite gram index's tokens; migration 6 drops that index, so this step only advances the version.
        Migration.Sql("gram index tokens become ordered bigrams plus characters (no-op since migration 6)", "SELECT 1"),
        new("compare rows collapsed at write time, per category and for budgets", StoredComparisonsMigration.Run),
        Migration.Sql("budget_initial_wan, budget_adjusted_wan, document_kind; import hosts; one imported document per content; change sequence", """
        ALTER TABLE projects ADD COLUMN budget_initial_wan REAL;
        ALTER TABLE projects ADD COLUMN budget_adjusted_wan REAL;
        ALTER TABLE documents ADD COLUMN document_kind TEXT;
        ALTER TABLE import_runs ADD COLUMN host TEXT;
        CREATE UNIQUE INDEX documents_imported_once ON documents(sha256) WHERE status = 'imported';
        -- One row per committed change to a document (written, replaced or removed); the search index replays them.
        CREATE TABLE changes (seq INTEGER PRIMARY KEY, document_id BIGINT NOT NULL);
        """),
        Migration.Only(StoreEngine.Sqlite, "retire the FTS5 trigram and gram indexes (search is served by the Lucene index)",
            "DROP TABLE IF EXISTS indicator_trigrams; DROP TABLE IF EXISTS indicator_grams; DROP TABLE IF EXISTS page_trigrams;"),
        new("compare rows per indicator name collapsed at write time (compare --indicator reads them)", StoredComparisonsMigration.AddNameRows),
        // A search index built for another store (a deleted and recreated file, another database) must not pass for current.
        new("a random identity of the store, recorded by its search index", (connection, transaction, dialect) =>
        {
            Db.Execute(connection, transaction, "CREATE TABLE store_identity (id TEXT NOT NULL)");
            Db.Execute(connection, transaction, "INSERT INTO store_identity (id) VALUES (@id)", ("@id", Guid.NewGuid().ToString("N")));
        }),
        new("copies of a report share one project key despite title noise and misread characters", ProjectKeysMigration.Run),
        Migration.Sql("import runs record their process and a heartbeat, so a killed run is told from a live one", """
        ALTER TABLE import_runs ADD COLUMN pid INTEGER;
        ALTER TABLE import_runs ADD COLUMN heartbeat_at TEXT;
        """),
        new("projects without a name are keyed by their department and budget, never merged with every nameless project of a city and year",
            ProjectKeysMigration.Run),
        new("the report kind joins the comparison key: a project's target form and its self-evaluation of one year are two reports",
            StoredComparisonsMigration.AddReportKind),
        CompareOrderMigration.Step,
        // What reading the file warned about (OCR, fonts without Unicode, a fallback reader) and why it holds no project.
        Migration.Sql("documents keep their document-level warnings", "ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';"),
        new("a group of near-named copies takes a key chosen from its members, whatever order they were written in", ProjectKeysMigration.Settle),
        // Settling reads a bucket's projects by city, year and a budget range from this index instead of every project of
        // their city and year (200 buckets of a city and year holding 62,492 projects: 34.7 s → 0.01 s on SQLite). It
        // replaces the (city_key, year) index, a prefix of it.
        Migration.Sql("a bucket's projects are found by city, year and budget", """
        DROP INDEX IF EXISTS projects_by_city_year;
        CREATE INDEX IF NOT EXISTS projects_by_bucket ON projects(city_key, year, budget_wan);
        """),
        // Groups settled by migration 15 and later writes joined sibling items of a listing that differ only in a place's name.
        new("items of one listing that differ only in their place are two projects, not a misread of one", ProjectKeysMigration.Settle),
        // Groups settled by migration 17 and later writes split misread copies where a committee's name (…村民委员会村道…) read as a place.
        new("a villagers' or residents' committee is no place: a misread in its name is a misread", ProjectKeysMigration.Settle),
        // Groups settled by migration 18 and later writes joined sibling committees of a listing (东坑村民委员会…/西坑村民委员会…),
        // and split misread copies where a year's unit read as a place's name (2021年村道…/2021午村道…).
        new("the village or community before its committee is a place; a number's unit (年 of 2021年) is no part of one", ProjectKeysMigration.Settle),
        CompareNameOrderMigration.Step,
        CompareReportIdMigration.Step,
        CompareRowsInOrderMigration.Step,
    ];
}
