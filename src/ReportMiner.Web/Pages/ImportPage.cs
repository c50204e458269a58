using ReportMiner.Web.Rendering;

namespace ReportMiner.Web.Pages;

/// <summary>/import: drop files or name a folder on the server; app.js posts them and polls the job's progress.</summary>
public static class ImportPage
{
    public static string Render(WorkbenchOptions options)
    {
        var limits = $"每个文件最多 {options.MaxUploadFileBytes / 1024 / 1024} MB，每次最多 {options.MaxUploadFiles} 个。At most {options.MaxUploadFileBytes / 1024 / 1024} MB per file, {options.MaxUploadFiles} files per upload.";
        if (!options.AllowImport)
            return Layout.Page("导入", "/import", Html.Of($"""
                <h1>导入 <small>Import</small></h1>
                <p class="readonly">只读模式：此工作台未开启导入。Read-only: this workbench was started without import.</p>
                <p>需要在网页上导入时，请这样启动 To import from the page, start it with: <code>reportminer serve --db {options.StoreDisplay} --allow-import</code></p>
                <p>或在终端导入 Or import in a terminal: <code>reportminer import FOLDER --db {options.StoreDisplay}</code></p>
                """));
        return Layout.Page("导入", "/import", Html.Of($"""
            <h1>导入 <small>Import</small></h1>
            <section class="import" id="import" data-enabled="1">
              <form id="upload-form" class="drop" enctype="multipart/form-data">
                <label for="files" class="dropzone" id="dropzone">把文件拖到这里，或点击选择 Drop files here or click to choose<br><small>.docx .doc .wps .rtf .pdf .ofd .txt .xlsx .xls .et .html .json · {limits}</small></label>
                <input type="file" id="files" name="files" multiple>
                <button type="submit">上传并导入 Upload and import</button>
              </form>
              <form id="folder-form" class="folder">
                <label>服务器上的文件夹 Folder on the server <input type="text" id="folder" name="path" placeholder="/data/reports" maxlength="1000"></label>
                <button type="submit">导入文件夹 Import folder</button>
              </form>
              <div id="progress" class="progress" hidden>
                <progress id="bar" max="1" value="0"></progress> <span id="progress-text"></span>
              </div>
              <div id="import-result"></div>
            </section>
            <p class="note">上传的文件只保存在 Uploads are kept only in <code>{options.Archive}</code>，以生成的文件名保存，从不执行 under generated names and never executed.</p>
            """));
    }
}
