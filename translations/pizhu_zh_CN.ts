<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>标注“%1”</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>An annotation needs an identifier (UUID).</source>
        <translation>批注缺少标识符（UUID）。</translation>
    </message>
    <message>
        <source>The annotation %1 belongs to no report.</source>
        <translation>批注 %1 不属于任何报告。</translation>
    </message>
    <message>
        <source>The annotation has a tag that does not exist (any more).</source>
        <translation>批注带有一个不存在（或已删除）的标签。</translation>
    </message>
    <message>
        <source>Cannot save the tags of the annotation</source>
        <translation>无法保存批注的标签</translation>
    </message>
    <message>
        <source>The annotation %1 exists already.</source>
        <translation>批注 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>不存在批注 %1。</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>无法保存批注</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>无法删除批注</translation>
    </message>
    <message>
        <source>Cannot import the annotations</source>
        <translation>无法导入批注</translation>
    </message>
    <message>
        <source>Cannot import the annotation %1</source>
        <translation>无法导入批注 %1</translation>
    </message>
    <message>
        <source>Cannot read the annotation</source>
        <translation>无法读取批注</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>无法读取批注列表</translation>
    </message>
    <message>
        <source>Cannot count the annotations</source>
        <translation>无法统计批注数量</translation>
    </message>
    <message>
        <source>Cannot read the responsible units</source>
        <translation>无法读取责任单位</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 was not upgraded because no backup could be written first: %2</source>
        <translation>未升级 %1，因为无法先写入备份：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>unknown command; the commands are: outline FILE [--json], import FILE [--json] [--db PATH], notes import FILE.json, search QUERY [--json] [--limit N], notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT, figures FILE [--json|--csv], followup OLD NEW [--json]</source>
        <translation>未知命令；可用命令：outline 文件 [--json]、import 文件 [--json] [--db 路径]、notes import 文件.json、search 查询内容 [--json] [--limit 数量]、notes export (--report 编号 | 文件) --format pdf|md|csv|json -o 输出文件、figures 文件 [--json|--csv]、followup 上年报告 本年报告 [--json]</translation>
    </message>
    <message>
        <source>the annotation file cannot be written: %1</source>
        <translation>无法写入批注文件：%1</translation>
    </message>
</context>
<context>
    <name>CreateTagCommand</name>
    <message>
        <source>New Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>No annotation file was given.</source>
        <translation>未指定批注文件。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an annotation file: it is not an SQLite database.</source>
        <translation>%1 不是批注文件：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The annotation file %1 is read-only: notes can be read but not changed.</source>
        <translation>批注文件 %1 为只读：批注可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only.</source>
        <translation>无法创建 %1：所在文件夹为只读。</translation>
    </message>
    <message>
        <source>The folder of the annotation file %1 is read-only: notes can be read but not changed.</source>
        <translation>批注文件 %1 所在的文件夹为只读：批注可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pizhu (file format %2; this version knows up to %3). Update Pizhu to change these notes; the file was left as it is.</source>
        <translation>%1 由较新版本的批注程序写入（文件格式 %2；本版本最高支持 %3）。请先升级批注程序再修改这些批注；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Pizhu.</source>
        <translation>%1 由较新版本的批注程序写入。</translation>
    </message>
    <message>
        <source>The annotation file %1 cannot be written: notes can be read but not changed.</source>
        <translation>无法写入批注文件 %1：批注可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no notes yet.</source>
        <translation>%1 是空文件：其中还没有批注。</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Pizhu and must be upgraded, which needs permission to change it.</source>
        <translation>%1 由旧版本的批注程序写入，需要升级，而升级需要有修改该文件的权限。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). It was left as it is; use one of the backups beside it (%3.daily-…) or a copy.</source>
        <translation>%1 已损坏（SQLite 报告：%2）。文件未作改动；请改用同一文件夹中的备份（%3.daily-…）或副本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Pizhu annotation file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是批注程序的批注文件。</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for writing</source>
        <translation>无法准备写入 %1</translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file exists.</source>
        <translation>无法备份到 %1：该文件已存在。</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2</source>
        <translation>无法将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>the annotation file is in use by another program (waited %1 seconds)</source>
        <translation>批注文件正被其他程序使用（已等待 %1 秒）</translation>
    </message>
    <message>
        <source>the annotation file cannot be written</source>
        <translation>无法写入批注文件</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the annotation file is damaged (%1)</source>
        <translation>批注文件已损坏（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DeleteTagCommand</name>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>The tag “%1” no longer exists.</source>
        <translation>标签“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>the Word document is damaged: %1 cannot be unpacked</source>
        <translation>该 Word 文档已损坏：无法解压 %1</translation>
    </message>
    <message>
        <source>the Word document is damaged: %1 is not well-formed XML (%2, line %3, column %4)</source>
        <translation>该 Word 文档已损坏：%1 不是格式正确的 XML（%2，第 %3 行第 %4 列）</translation>
    </message>
    <message>
        <source>%1 is too large when unpacked (%2 MB; up to %3 MB can be opened)</source>
        <translation>%1 解压后过大（%2 MB；最多可打开 %3 MB）</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this Word document is password-protected; remove the password in Word (File → Info → Protect Document) and save it again</source>
        <translation>该 Word 文档受密码保护；请在 Word 中取消密码（文件 → 信息 → 保护文档）后重新保存</translation>
    </message>
    <message>
        <source>this is an old Word (.doc) document, not a .docx; save it as .docx in Word or WPS</source>
        <translation>这是旧版 Word（.doc）文档，不是 .docx；请在 Word 或 WPS 中另存为 .docx</translation>
    </message>
    <message>
        <source>not a Word (.docx) document</source>
        <translation>不是 Word（.docx）文档</translation>
    </message>
    <message>
        <source>not a Word (.docx) document, or a damaged one: %1</source>
        <translation>不是 Word（.docx）文档，或文档已损坏：%1</translation>
    </message>
    <message>
        <source>the document is too large when unpacked (more than %1 MB)</source>
        <translation>文档解压后过大（超过 %1 MB）</translation>
    </message>
    <message>
        <source>not a Word document: the archive has no word/document.xml</source>
        <translation>不是 Word 文档：压缩包中没有 word/document.xml</translation>
    </message>
    <message>
        <source>not a Word document: %1 holds no Word text (is it another kind of Office file?)</source>
        <translation>不是 Word 文档：%1 中没有 Word 正文（是否为其他类型的 Office 文件？）</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>the Word document contains no text (it may hold only pictures)</source>
        <translation>该 Word 文档没有文字（可能只有图片）</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>更改“%1”的颜色</translation>
    </message>
    <message>
        <source>Change Tags of “%1”</source>
        <translation>更改“%1”的标签</translation>
    </message>
    <message>
        <source>Edit Note on “%1”</source>
        <translation>编辑“%1”的批注</translation>
    </message>
    <message>
        <source>Change Commitment “%1”</source>
        <translation>更改承诺“%1”</translation>
    </message>
</context>
<context>
    <name>FiguresCommand</name>
    <message>
        <source>Print the figures of a report: each quantitative indicator with its name, value, unit, part and section.</source>
        <translation>输出报告中的数据：每项量化指标的名称、数值、单位、所在部分和项。</translation>
    </message>
    <message>
        <source>The report to read.</source>
        <translation>要读取的报告文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 格式输出，而非表格。</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with a byte-order mark) instead of a table.</source>
        <translation>以 CSV 格式（带 BOM 的 UTF-8）输出，而非表格。</translation>
    </message>
    <message>
        <source>usage: pizhu figures FILE [--json|--csv]</source>
        <translation>用法：pizhu figures 文件 [--json|--csv]</translation>
    </message>
</context>
<context>
    <name>FiguresFormatter</name>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>换算值</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 项数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file</source>
        <translation>%1：这是文件夹，不是报告文件</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: file is too large (%2 MB; reports up to %3 MB can be opened)</source>
        <translation>%1：文件过大（%2 MB；最大可打开 %3 MB 的报告）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: file is too large (reports up to %2 MB can be opened)</source>
        <translation>%1：文件过大（最大可打开 %2 MB 的报告）</translation>
    </message>
    <message>
        <source>%1: file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <source>For each plan of last year&apos;s report, list the measures of this year&apos;s report that report on it.</source>
        <translation>对上一年报告中的每项工作安排，列出本年度报告中落实该安排的举措。</translation>
    </message>
    <message>
        <source>Last year&apos;s report (its plans).</source>
        <translation>上一年度的报告（取其工作安排）。</translation>
    </message>
    <message>
        <source>This year&apos;s report (its measures).</source>
        <translation>本年度的报告（取其主要举措）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出，而非文本。</translation>
    </message>
    <message>
        <source>warning: %1 has no part with next year&apos;s plans</source>
        <translation>警告：%1 中没有下一年度工作安排部分</translation>
    </message>
    <message>
        <source>warning: %1 has no part with measures and results</source>
        <translation>警告：%1 中没有主要举措和成效部分</translation>
    </message>
    <message>
        <source>(no measure reports on this plan)</source>
        <translation>（没有举措落实此项安排）</translation>
    </message>
    <message>
        <source>Measures that answer no plan:</source>
        <translation>未对应任何安排的举措：</translation>
    </message>
    <message>
        <source>warning: decisions in %1 not applied: %2</source>
        <translation>警告：未采用 %1 中的判定：%2</translation>
    </message>
    <message>
        <source>The annotation file whose confirmed and rejected links apply (default: $PIZHU_DB, else the user&apos;s data folder).</source>
        <translation>采用该批注文件中已确认和已否定的对应关系（默认：$PIZHU_DB，否则为用户数据文件夹）。</translation>
    </message>
    <message>
        <source>usage: pizhu followup OLD NEW [--json] [--db PATH]</source>
        <translation>用法：pizhu followup 去年报告 今年报告 [--json] [--db 路径]</translation>
    </message>
</context>
<context>
    <name>FollowUpLinkCommand</name>
    <message>
        <source>Clear Follow-up Decision</source>
        <translation>清除落实情况判定</translation>
    </message>
    <message>
        <source>Confirm Follow-up Link</source>
        <translation>确认落实对应关系</translation>
    </message>
    <message>
        <source>Reject Follow-up Link</source>
        <translation>否定落实对应关系</translation>
    </message>
</context>
<context>
    <name>FollowUpLinkStore</name>
    <message>
        <source>Cannot read the follow-up links</source>
        <translation>无法读取落实对应关系</translation>
    </message>
    <message>
        <source>Cannot save the follow-up link</source>
        <translation>无法保存落实对应关系</translation>
    </message>
    <message>
        <source>Cannot remove the follow-up link</source>
        <translation>无法删除落实对应关系</translation>
    </message>
</context>
<context>
    <name>HighlightDefaults</name>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>the web page contains no text</source>
        <translation>该网页没有正文文字</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Store a report in the annotation file and print its id.</source>
        <translation>将报告存入批注文件，并输出其编号。</translation>
    </message>
    <message>
        <source>The report to import.</source>
        <translation>要导入的报告文件。</translation>
    </message>
    <message>
        <source>Print JSON: id, contentHash, workKey, title.</source>
        <translation>以 JSON 格式输出：id、contentHash、workKey、title。</translation>
    </message>
    <message>
        <source>The annotation file (default: $PIZHU_DB, else the user&apos;s data folder).</source>
        <translation>批注文件（默认使用 $PIZHU_DB，否则使用用户数据文件夹）。</translation>
    </message>
    <message>
        <source>usage: pizhu import FILE [--json] [--db PATH]</source>
        <translation>用法：pizhu import 文件 [--json] [--db 路径]</translation>
    </message>
</context>
<context>
    <name>LegacyWordImporter</name>
    <message>
        <source>this Word document is password-protected; remove the password in Word and open it again</source>
        <translation>该 Word 文档受密码保护；请在 Word 中取消密码后重新打开</translation>
    </message>
    <message>
        <source>opening Word 97–2003 (.doc) and WPS (.wps) files needs LibreOffice; install LibreOffice (https://www.libreoffice.org), or save the report as .docx or .txt</source>
        <translation>打开 Word 97–2003（.doc）和 WPS（.wps）文件需要 LibreOffice；请安装 LibreOffice（https://www.libreoffice.org），或将报告另存为 .docx 或 .txt</translation>
    </message>
    <message>
        <source>no temporary folder for the conversion</source>
        <translation>无法创建用于转换的临时文件夹</translation>
    </message>
    <message>
        <source>LibreOffice could not be started: %1</source>
        <translation>无法启动 LibreOffice：%1</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting within %1 seconds</source>
        <translation>LibreOffice 未能在 %1 秒内完成转换</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the document%1</source>
        <translation>LibreOffice 无法转换该文档%1</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>The tag “%1” no longer exists.</source>
        <translation>标签“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot upgrade %1</source>
        <translation>无法升级 %1</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to file format %2</source>
        <translation>无法将 %1 升级到文件格式 %2</translation>
    </message>
</context>
<context>
    <name>NoteGroups</name>
    <message>
        <source>No tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Before the first part</source>
        <extracomment>Heading of the notes on the report&apos;s opening, before its first part</extracomment>
        <translation>正文之前</translation>
    </message>
    <message>
        <source>Passages no longer found in the report</source>
        <translation>报告中已找不到的原文</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Not started</source>
        <extracomment>Commitment status 未开始</extracomment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Commitment status 推进中</extracomment>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Commitment status 已完成</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <extracomment>Commitment status 未兑现</extracomment>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Cannot be verified</source>
        <extracomment>Commitment status 无法核实</extracomment>
        <translation>无法核实</translation>
    </message>
    <message>
        <source>Not a commitment</source>
        <extracomment>The group of notes that track no commitment, when notes are grouped by status</extracomment>
        <translation>非承诺事项</translation>
    </message>
    <message>
        <source>Measures</source>
        <extracomment>Badge of the part on the year&apos;s measures and results (举措成效)</extracomment>
        <translation>举措成效</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <extracomment>Badge of the part on shortcomings (不足)</extracomment>
        <translation>不足</translation>
    </message>
    <message>
        <source>Leaders&apos; duty</source>
        <extracomment>Badge of the part on the leaders&apos; duty (第一责任人)</extracomment>
        <translation>第一责任人</translation>
    </message>
    <message>
        <source>Next year</source>
        <extracomment>Badge of the part on next year&apos;s plans (下年安排)</extracomment>
        <translation>下年安排</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message>
        <source>The annotation file (default: $PIZHU_DB, else the user&apos;s data folder).</source>
        <translation>批注文件（默认：$PIZHU_DB，否则为用户数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>Merge notes from W3C Web Annotation JSON into the annotation file and print what changed.</source>
        <translation>将 W3C Web Annotation JSON 中的批注合并到批注文件，并输出变更情况。</translation>
    </message>
    <message>
        <source>The notes to import (pizhu notes export --format json).</source>
        <translation>要导入的批注（由 pizhu notes export --format json 导出）。</translation>
    </message>
    <message>
        <source>Print JSON: added, updated, unchanged, orphaned, skipped, reasons.</source>
        <translation>以 JSON 输出：新增、更新、未变、无法定位、跳过及原因。</translation>
    </message>
    <message>
        <source>usage: pizhu notes import FILE.json [--json] [--db PATH]</source>
        <translation>用法：pizhu notes import 文件.json [--json] [--db 路径]</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for notes (more than %2 MB).</source>
        <translation>%1 过大，不是批注文件（超过 %2 MB）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped entries</source>
        <translation>
            <numerusform>……另有 %n 条被跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, orphaned %4, skipped %5</source>
        <translation>新增 %1，更新 %2，未变 %3，无法定位 %4，跳过 %5</translation>
    </message>
    <message>
        <source>The report whose notes to write (or --report ID).</source>
        <translation>要导出批注的报告（或使用 --report 编号）。</translation>
    </message>
    <message>
        <source>The report&apos;s id, as pizhu import prints it.</source>
        <translation>报告编号，即 pizhu import 输出的编号。</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>格式：%1。</translation>
    </message>
    <message>
        <source>The file to write; - for standard output.</source>
        <translation>要写入的文件；- 表示标准输出。</translation>
    </message>
    <message>
        <source>Only notes with this tag.</source>
        <translation>仅导出带此标签的批注。</translation>
    </message>
    <message>
        <source>Only notes with this status: %1.</source>
        <translation>仅导出此状态的批注：%1。</translation>
    </message>
    <message>
        <source>Only notes in this part: %1.</source>
        <translation>仅导出此部分的批注：%1。</translation>
    </message>
    <message>
        <source>unknown format “%1”; the formats are: %2</source>
        <translation>未知格式“%1”；可用格式：%2</translation>
    </message>
    <message>
        <source>unknown status “%1”; the statuses are: %2</source>
        <translation>未知状态“%1”；可用状态：%2</translation>
    </message>
    <message>
        <source>unknown part “%1”; the parts are: %2</source>
        <translation>未知部分“%1”；可用部分：%2</translation>
    </message>
    <message>
        <source>“%1” is not a report id (pizhu import prints it).</source>
        <translation>“%1”不是报告编号（编号由 pizhu import 输出）。</translation>
    </message>
    <message>
        <source>There is no annotation file at %1.</source>
        <translation>%1 处没有批注文件。</translation>
    </message>
    <message>
        <source>There is no report %1 in the annotation file %2.</source>
        <translation>批注文件 %2 中没有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>Write the notes of a report to a file: a PDF to hand on, Markdown, CSV for spreadsheets, or W3C Web Annotation JSON for another annotation file.</source>
        <translation>将报告的批注写入文件：可呈报的 PDF、Markdown、供表格软件使用的 CSV，或供其他批注文件导入的 W3C Web Annotation JSON。</translation>
    </message>
    <message>
        <source>Group the notes (pdf, md; csv orders its rows so): %1. Default: part.</source>
        <translation>批注分组方式（pdf、md；csv 按此排序）：%1。默认：part。</translation>
    </message>
    <message>
        <source>Leave out the quoted passages (pdf, md, csv).</source>
        <translation>不包含原文引文（pdf、md、csv）。</translation>
    </message>
    <message>
        <source>Who exports, on the PDF&apos;s cover and in its metadata (default: the user&apos;s login name).</source>
        <translation>导出人，显示在 PDF 封面和元数据中（默认：当前登录用户名）。</translation>
    </message>
    <message>
        <source>unknown grouping “%1”; the groupings are: %2</source>
        <translation>未知分组方式“%1”；可用分组：%2</translation>
    </message>
    <message>
        <source>This report is not in the annotation file %1, so it has no notes there; nothing was written.</source>
        <translation>此报告不在批注文件 %1 中，因此没有批注；未写入任何内容。</translation>
    </message>
    <message>
        <source>No notes match; nothing was written.</source>
        <translation>没有符合条件的批注；未写入任何内容。</translation>
    </message>
    <message>
        <source>usage: pizhu notes import FILE.json [--json] [--db PATH]
       pizhu notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT [--tag T] [--status S] [--part ROLE] [--group part|tag|status] [--no-quotes] [--charts] [--author NAME] [--db PATH]</source>
        <translation>用法：pizhu notes import 文件.json [--json] [--db 路径]
      pizhu notes export (--report 编号 | 文件) --format pdf|md|csv|json -o 输出文件 [--tag 标签] [--status 状态] [--part 部分] [--group part|tag|status] [--no-quotes] [--charts] [--author 姓名] [--db 路径]</translation>
    </message>
    <message>
        <source>usage: pizhu notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT [--tag T] [--status S] [--part ROLE] [--group part|tag|status] [--no-quotes] [--charts] [--author NAME] [--db PATH]</source>
        <translation>用法：pizhu notes export (--report 编号 | 文件) --format pdf|md|csv|json -o 输出 [--tag 标签] [--status 状态] [--part 角色] [--group part|tag|status] [--no-quotes] [--charts] [--author 姓名] [--db 路径]</translation>
    </message>
    <message>
        <source>Add a page of charts after the contents: notes by part and by tag, commitments by status and by unit, figures by part (pdf).</source>
        <translation>在目录后加一页统计图：各部分和各标签的批注、各状态和各单位的承诺事项、各部分的数据（pdf）。</translation>
    </message>
</context>
<context>
    <name>NotesDocument</name>
    <message>
        <source>Cannot draw the pages of the notes.</source>
        <translation>无法绘制批注页面。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the notes.</source>
        <translation>无法开始批注的第 %1 页。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot finish the pages of the notes.</source>
        <translation>无法完成批注页面。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>NotesHtml</name>
    <message>
        <source>Notes on the report</source>
        <translation>报告批注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布日期 %1</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Responsible unit: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>完成期限：%1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>After an entry of the contents: how many notes it has</extracomment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>The heading of the PDF&apos;s page of charts</extracomment>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>NotesMerger</name>
    <message>
        <source>it has only a position, on a version of the report this file does not have</source>
        <translation>它只有位置信息，且所对应的报告版本不在此文件中</translation>
    </message>
    <message>
        <source>its position lies beyond the end of the report&apos;s text</source>
        <translation>其位置超出了报告正文的末尾</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <source>this annotation file has no report %1 (import the report first)</source>
        <translation>此批注文件中没有报告 %1（请先导入该报告）</translation>
    </message>
</context>
<context>
    <name>NotesStatistics</name>
    <message>
        <source>Outside the parts</source>
        <translation>各部分之外</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（未填单位）</translation>
    </message>
    <message>
        <source>Notes by tag</source>
        <translation>各标签的批注</translation>
    </message>
    <message>
        <source>Notes by part</source>
        <translation>各部分的批注</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>各状态的承诺事项</translation>
    </message>
    <message>
        <source>Commitments by responsible unit</source>
        <translation>各责任单位的承诺事项</translation>
    </message>
    <message>
        <source>Figures by part</source>
        <translation>各部分的数据</translation>
    </message>
</context>
<context>
    <name>NotesWriter</name>
    <message>
        <source>Cannot write the notes: %1</source>
        <translation>无法写入批注：%1</translation>
    </message>
</context>
<context>
    <name>OutlineCommand</name>
    <message>
        <source>Print the outline of a report: its parts, sections and items.</source>
        <translation>输出报告的提纲：各部分、各项及其条目。</translation>
    </message>
    <message>
        <source>The report to read.</source>
        <translation>要读取的报告文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of an indented tree.</source>
        <translation>以 JSON 格式输出，而非缩进树。</translation>
    </message>
    <message>
        <source>usage: pizhu outline FILE [--json]</source>
        <translation>用法：pizhu outline 文件 [--json]</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a PDF document</source>
        <translation>不是 PDF 文档</translation>
    </message>
    <message>
        <source>the PDF document is incomplete (the file was cut short, perhaps by a failed download)</source>
        <translation>该 PDF 文档不完整（文件被截断，可能是下载未完成）</translation>
    </message>
    <message>
        <source>the PDF document is damaged and cannot be read</source>
        <translation>该 PDF 文档已损坏，无法读取</translation>
    </message>
    <message>
        <source>the PDF document is password-protected; enter its password to open it</source>
        <translation>该 PDF 文档受密码保护，请输入密码后打开</translation>
    </message>
    <message>
        <source>the password is wrong; the PDF document is password-protected</source>
        <translation>密码错误；该 PDF 文档受密码保护</translation>
    </message>
    <message>
        <source>the PDF document has no pages</source>
        <translation>该 PDF 文档没有页面</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>page %1 of the PDF document is damaged and cannot be read</source>
        <translation>该 PDF 文档第 %1 页已损坏，无法读取</translation>
    </message>
    <message>
        <source>the PDF document has no text: it is probably a scanned image, and Pizhu cannot read text from images</source>
        <translation>该 PDF 文档没有文字层，可能是扫描图像；批注无法从图像中读取文字</translation>
    </message>
</context>
<context>
    <name>PdfPostProcessor</name>
    <message>
        <source>The PDF could not be finished: %1</source>
        <translation>无法完成 PDF：%1</translation>
    </message>
    <message>
        <source>it has no cross-reference table</source>
        <translation>缺少交叉引用表</translation>
    </message>
    <message>
        <source>its cross-reference table is not where it says</source>
        <translation>交叉引用表的位置与声明不符</translation>
    </message>
    <message>
        <source>it has no trailer</source>
        <translation>缺少文件尾</translation>
    </message>
    <message>
        <source>its cross-reference table cannot be read</source>
        <translation>无法读取交叉引用表</translation>
    </message>
    <message>
        <source>it has no objects</source>
        <translation>不含任何对象</translation>
    </message>
    <message>
        <source>object %1 is not where the table says</source>
        <translation>对象 %1 的位置与交叉引用表不符</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation>更改标签“%1”的颜色</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>删除 %n 条批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>No report parts were recognised; the text is shown without an outline.</source>
        <translation>未识别出报告的组成部分，正文将不带提纲显示。</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>An empty report cannot be stored.</source>
        <translation>无法保存空报告。</translation>
    </message>
    <message>
        <source>Cannot store the report “%1”</source>
        <translation>无法保存报告“%1”</translation>
    </message>
    <message>
        <source>Cannot read the list of reports</source>
        <translation>无法读取报告列表</translation>
    </message>
    <message>
        <source>Cannot read the report</source>
        <translation>无法读取报告</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the text of every stored report and every note.</source>
        <translation>在所有已保存报告的正文和所有批注中搜索。</translation>
    </message>
    <message>
        <source>The words to look for, as they are written.</source>
        <translation>要查找的文字（按原样匹配）。</translation>
    </message>
    <message>
        <source>Print JSON: the query and the hits grouped by report.</source>
        <translation>以 JSON 输出：查询内容及按报告分组的结果。</translation>
    </message>
    <message>
        <source>The annotation file (default: $PIZHU_DB, else the user&apos;s data folder).</source>
        <translation>批注文件（默认：$PIZHU_DB，否则为用户数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>Show at most N hits (default %1).</source>
        <translation>最多显示 N 条结果（默认 %1）。</translation>
    </message>
    <message>
        <source>usage: pizhu search QUERY [--json] [--db PATH] [--limit N]</source>
        <translation>用法：pizhu search 查询内容 [--json] [--db 路径] [--limit 数量]</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>查询内容为空。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not “%1”.</source>
        <translation>--limit 需要不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no annotation file at %1.</source>
        <translation>%1 处没有批注文件。</translation>
    </message>
    <message>
        <source>There are more hits than the %1 shown (--limit).</source>
        <translation>结果多于显示的 %1 条（--limit）。</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>  %1–%2: %3</source>
        <translation>  %1–%2：%3</translation>
    </message>
    <message>
        <source>quote of note %1</source>
        <translation>批注 %1 的原文</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>批注 %1</translation>
    </message>
    <message>
        <source>  %1 at %2–%3: %4</source>
        <translation>  %1，位置 %2–%3：%4</translation>
    </message>
    <message>
        <source>  … more in this report</source>
        <translation>  ……此报告中还有更多</translation>
    </message>
</context>
<context>
    <name>SearchStore</name>
    <message>
        <source>Cannot search the reports</source>
        <translation>无法搜索报告</translation>
    </message>
    <message>
        <source>Cannot search the notes</source>
        <translation>无法搜索批注</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>The tags cannot be changed: annotations are off.</source>
        <translation>无法更改标签：批注功能不可用。</translation>
    </message>
    <message>
        <source>The tags cannot be changed: %1</source>
        <translation>无法更改标签：%1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>Cannot read the tags</source>
        <translation>无法读取标签</translation>
    </message>
    <message>
        <source>Cannot create the tag “%1”</source>
        <translation>无法创建标签“%1”</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>无法重命名标签</translation>
    </message>
    <message>
        <source>Cannot change the colour of the tag</source>
        <translation>无法更改标签颜色</translation>
    </message>
    <message>
        <source>Cannot change the description of the tag</source>
        <translation>无法更改标签说明</translation>
    </message>
    <message>
        <source>Cannot delete the tag</source>
        <translation>无法删除标签</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>标签不能合并到自身。</translation>
    </message>
    <message>
        <source>The tags to merge no longer exist.</source>
        <translation>要合并的标签已不存在。</translation>
    </message>
    <message>
        <source>Cannot merge the tag “%1” into “%2”</source>
        <translation>无法将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <source>There is already a tag named “%1”.</source>
        <translation>已有名为“%1”的标签。</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #RRGGBB.</source>
        <translation>“%1”不是 #RRGGBB 形式的颜色。</translation>
    </message>
    <message>
        <source>%1: there is no such tag.</source>
        <translation>%1：没有这个标签。</translation>
    </message>
    <message>
        <source>Cannot read the annotations of the tag</source>
        <translation>无法读取该标签的批注</translation>
    </message>
    <message>
        <source>Cannot restore a tag that was never stored.</source>
        <translation>无法恢复从未保存过的标签。</translation>
    </message>
    <message>
        <source>Cannot restore the tag “%1”: its place is taken by “%2”.</source>
        <translation>无法恢复标签“%1”：其位置已被“%2”占用。</translation>
    </message>
    <message>
        <source>Cannot restore the tag “%1”</source>
        <translation>无法恢复标签“%1”</translation>
    </message>
    <message>
        <source>Cannot take the tag off the annotations</source>
        <translation>无法从批注上移除该标签</translation>
    </message>
</context>
<context>
    <name>TextLoader</name>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file claims to be UTF-8 but is not valid UTF-8</source>
        <translation>文件标明为 UTF-8 编码，但内容不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file claims to be UTF-16 but is not valid UTF-16</source>
        <translation>文件标明为 UTF-16 编码，但内容不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>unknown text encoding “%1”</source>
        <translation>未知的文本编码“%1”</translation>
    </message>
    <message>
        <source>the text encoding is not recognised (expected UTF-8, UTF-16, GB18030/GBK or Big5)</source>
        <translation>无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK 或 Big5）</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 以只读方式打开：无法保存更改。</translation>
    </message>
    <message>
        <source>Cannot start saving to %1</source>
        <translation>无法开始保存到 %1</translation>
    </message>
    <message>
        <source>The changes were already saved or dropped.</source>
        <translation>这些更改已保存或已放弃。</translation>
    </message>
    <message>
        <source>The changes were not saved: one of their steps failed.</source>
        <translation>更改未保存：其中一步失败。</translation>
    </message>
    <message>
        <source>Cannot save the changes to %1</source>
        <translation>无法将更改保存到 %1</translation>
    </message>
</context>
<context>
    <name>W3cAnnotationReader</name>
    <message>
        <source>it has no target</source>
        <translation>没有 target（目标）</translation>
    </message>
    <message>
        <source>its target names no source document</source>
        <translation>其 target 未指明来源文档</translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector or TextPositionSelector</source>
        <translation>其 target 既无 TextQuoteSelector 也无 TextPositionSelector</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 at offset %2.</source>
        <translation>这不是有效的 JSON：%1（位置 %2）。</translation>
    </message>
    <message>
        <source>This is JSON, but not W3C Web Annotation JSON: expected a list of annotations, an Annotation or an AnnotationCollection.</source>
        <translation>这是 JSON，但不是 W3C Web Annotation JSON：应为批注列表、Annotation 或 AnnotationCollection。</translation>
    </message>
    <message>
        <source>it is not an annotation object</source>
        <translation>不是批注对象</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read and annotate government work reports.</source>
        <translation>阅读和批注政府工作报告。</translation>
    </message>
    <message>
        <source>The report to open.</source>
        <translation>要打开的报告文件。</translation>
    </message>
    <message>
        <source>Pizhu</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>pizhu::AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注内容</translation>
    </message>
    <message>
        <source>Highlight in %1 (%2)</source>
        <translation>用%1标注（%2）</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the current annotation (T)</source>
        <translation>为当前批注添加标签（T）</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>写批注(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note on the current annotation (N)</source>
        <translation>为当前标注写批注（N）</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ext Annotation</source>
        <translation>下一条批注(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>上一条批注(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter Annotations…</source>
        <translation>筛选批注(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colours…</source>
        <translation>标注颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Annotations are off.</source>
        <translation>批注功能不可用。</translation>
    </message>
    <message>
        <source>Annotations are off: %1</source>
        <translation>批注功能不可用：%1</translation>
    </message>
    <message>
        <source>Select the text to highlight first.</source>
        <translation>请先选中要标注的文字。</translation>
    </message>
    <message>
        <source>Highlight a passage or pick an annotation first, then tag it.</source>
        <translation>请先标注一段文字或选择一条批注，再添加标签。</translation>
    </message>
    <message>
        <source>Highlight a passage or pick an annotation first, then write a note.</source>
        <translation>请先标注一段文字或选择一条批注，再写批注。</translation>
    </message>
    <message>
        <source>No annotation to delete here.</source>
        <translation>此处没有可删除的批注。</translation>
    </message>
    <message>
        <source>This annotation&apos;s passage is not in this version of the report.</source>
        <translation>此批注所标注的文字不在本版本报告中。</translation>
    </message>
    <message>
        <source>No more annotations below.</source>
        <translation>下方没有更多批注。</translation>
    </message>
    <message>
        <source>No more annotations above.</source>
        <translation>上方没有更多批注。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Write Note</source>
        <translation>写批注</translation>
    </message>
</context>
<context>
    <name>pizhu::AnnotationEditor</name>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Annotation editor</source>
        <translation>批注编辑器</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>标注的文字</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Choose tags</source>
        <translation>选择标签</translation>
    </message>
    <message>
        <source>Choose the tags of this annotation (T)</source>
        <translation>选择此批注的标签（T）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注内容</translation>
    </message>
    <message>
        <source>Write a note. Markdown works: **bold**, *italic*, # heading, - list item, [link](https://…).</source>
        <translation>在此写批注。支持 Markdown：**粗体**、*斜体*、# 标题、- 列表项、[链接](https://…)。</translation>
    </message>
    <message>
        <source>Note (Markdown):</source>
        <translation>批注（Markdown）：</translation>
    </message>
    <message>
        <source>Commitment status</source>
        <translation>承诺状态</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <extracomment>责任单位</extracomment>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Department in charge</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <extracomment>责任单位</extracomment>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>完成期限：</translation>
    </message>
    <message>
        <source>Colour %1: %2</source>
        <translation>颜色 %1：%2</translation>
    </message>
    <message>
        <source>Highlight colour %1</source>
        <translation>标注颜色 %1</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>设有完成期限</translation>
    </message>
    <message>
        <source>Give this commitment a due date</source>
        <translation>为此承诺设定完成期限</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Select a highlight to write its note and track its commitment.</source>
        <translation>选择一处标注，即可写批注并跟踪承诺事项。</translation>
    </message>
    <message>
        <source>The annotation file is read-only: annotations can be read, not changed.</source>
        <translation>批注文件为只读：批注可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the commitment is not done.</source>
        <translation>已逾期：完成期限已过，承诺尚未完成。</translation>
    </message>
</context>
<context>
    <name>pizhu::AnnotationFileBanner</name>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Use &amp;Another File…</source>
        <translation>使用其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Annotation file problem</source>
        <translation>批注文件问题</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Annotations are off: %1 You can still read reports.</source>
        <translation>批注功能不可用：%1 报告仍可正常阅读。</translation>
    </message>
    <message>
        <source>Annotations are read-only: %1</source>
        <translation>批注为只读：%1</translation>
    </message>
</context>
<context>
    <name>pizhu::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Annotations that could not be placed</source>
        <translation>无法定位的批注</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Filter: quote, note, tag, unit</source>
        <translation>筛选：原文、批注、标签、单位</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>筛选批注</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by part</source>
        <translation>按部分筛选</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>全部部分</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 / %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be placed (%1): the passage was changed or removed in this version. The quotes are kept.</source>
        <translation>无法定位（%1）：所标注的文字在本版本中已修改或删除。原文引文已保留。</translation>
    </message>
</context>
<context>
    <name>pizhu::BarChartObject</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last bar of a long chart: the entries that did not fit, summed up</extracomment>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::CommitmentModel</name>
    <message>
        <source>(report not in the library)</source>
        <translation>（报告不在库中）</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>pizhu::CommitmentTracker</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Commitment Tracker</source>
        <translation>承诺跟踪</translation>
    </message>
    <message>
        <source>Filter: commitment, note, unit, report</source>
        <translation>筛选：承诺、批注、单位、报告</translation>
    </message>
    <message>
        <source>Filter commitments</source>
        <translation>筛选承诺事项</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by responsible unit</source>
        <translation>按责任单位筛选</translation>
    </message>
    <message>
        <source>Filter by report</source>
        <translation>按报告筛选</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commitment(s) shown, %2 overdue</source>
        <translation>
            <numerusform>显示 %1 / %n 项承诺，%2 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>未知格式 %1。</translation>
    </message>
    <message>
        <source>Export Commitments</source>
        <translation>导出承诺事项</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;PDF document (*.pdf);;Markdown (*.md);;W3C Web Annotation JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;PDF 文档 (*.pdf);;Markdown (*.md);;W3C Web Annotation JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>pizhu::CsvWriter</name>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>批注内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>pizhu::DashboardDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计图表</translation>
    </message>
</context>
<context>
    <name>pizhu::ExportNotesDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table (Excel)</source>
        <translation>CSV 表格（Excel）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (for colleagues)</source>
        <translation>W3C Web Annotation JSON（供同事导入）</translation>
    </message>
    <message>
        <source>&amp;All notes of the report (%1)</source>
        <translation>本报告的全部批注(&amp;A)（%1 条）</translation>
    </message>
    <message>
        <source>Include the &amp;quoted passages</source>
        <translation>包含原文引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The annotations list&apos;s &amp;filter (%1)</source>
        <translation>批注列表当前的筛选结果(&amp;F)（%1 条）</translation>
    </message>
    <message>
        <source>The annotations list&apos;s &amp;filter (none set)</source>
        <translation>批注列表当前的筛选结果(&amp;F)（未设置筛选）</translation>
    </message>
    <message>
        <source>By the report&apos;s parts</source>
        <translation>按报告的组成部分</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Exported &amp;by:</source>
        <translation>导出人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to save the notes to.</source>
        <translation>请选择保存批注的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在，是否替换？</translation>
    </message>
    <message>
        <source>Include &amp;charts (a page after the contents)</source>
        <translation>包含统计图(&amp;C)（目录后一页）</translation>
    </message>
    <message>
        <source>Notes by part and by tag, commitments by status and by responsible unit, figures by part, as on the dashboard</source>
        <translation>与统计图表窗口相同：各部分和各标签的批注、各状态和各责任单位的承诺事项、各部分的数据</translation>
    </message>
</context>
<context>
    <name>pizhu::FigureModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>换算值</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>项</translation>
    </message>
</context>
<context>
    <name>pizhu::FiguresDock</name>
    <message>
        <source>Filter figures</source>
        <translation>筛选数据</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>将数据保存为 CSV</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Finding figures…</source>
        <translation>正在查找数据…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s)</source>
        <translation>
            <numerusform>%1 / %n 项数据</numerusform>
        </translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 项数据保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::FileController</name>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening Report</source>
        <translation>正在打开报告</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>Password Required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Report Changed</source>
        <translation>报告已更改</translation>
    </message>
    <message>
        <source>“%1” was changed on disk. Reload it?</source>
        <translation>“%1”已在磁盘上被修改，是否重新载入？</translation>
    </message>
</context>
<context>
    <name>pizhu::FindBar</name>
    <message>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pizhu::FollowUpDialog</name>
    <message>
        <source>Follow-up of Last Year&apos;s Plans</source>
        <translation>上年工作安排落实情况</translation>
    </message>
    <message>
        <source>Last year&apos;s report</source>
        <translation>上年度报告</translation>
    </message>
    <message>
        <source>Choose last year&apos;s report…</source>
        <translation>选择上年度报告…</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>从文件选择(&amp;F)…</translation>
    </message>
    <message>
        <source>Plans and the measures that report on them</source>
        <translation>工作安排及其落实举措</translation>
    </message>
    <message>
        <source>Last year&apos;s plan → this year&apos;s measure</source>
        <translation>上年安排 → 本年举措</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Last year:</source>
        <translation>上年度：</translation>
    </message>
    <message>
        <source>Pick last year&apos;s report of the same issuer: its plans are compared with this year&apos;s measures.</source>
        <translation>选择同一发布机关的上年度报告：将其工作安排与本年度的举措进行对照。</translation>
    </message>
    <message>
        <source>Last Year&apos;s Report</source>
        <translation>上年度报告</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>未见落实</translation>
    </message>
    <message>
        <source>This year&apos;s measures that answer no plan</source>
        <translation>本年度未对应任何安排的举措</translation>
    </message>
    <message>
        <source>Last year&apos;s report has no part with next year&apos;s plans.</source>
        <translation>上年度报告中没有下一年度工作安排部分。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>&amp;Confirm Link</source>
        <translation>确认对应(&amp;C)</translation>
    </message>
    <message>
        <source>This measure reports on the plan (Ctrl+Enter)</source>
        <translation>这项举措落实了该计划（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Reject Link</source>
        <translation>否定对应(&amp;R)</translation>
    </message>
    <message>
        <source>This measure does not report on the plan (Delete)</source>
        <translation>这项举措与该计划无关（Delete）</translation>
    </message>
    <message>
        <source>C&amp;lear Decision</source>
        <translation>清除判定(&amp;L)</translation>
    </message>
    <message>
        <source>Leave it to the similarity again (Backspace)</source>
        <translation>重新按相似度判断（Backspace）</translation>
    </message>
    <message>
        <source>Link a &amp;Measure…</source>
        <translation>指定举措(&amp;M)…</translation>
    </message>
    <message>
        <source>Pick a measure that reports on the plan (Ctrl+L)</source>
        <translation>选择落实该计划的举措（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>✓ confirmed</source>
        <translation>✓ 已确认</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已否定</translation>
    </message>
    <message>
        <source>%1 of %2 plans followed up (%3 links confirmed by you); %4 measures answer no plan.</source>
        <translation>%2 项计划中 %1 项有落实（其中 %3 项对应由您确认）；%4 项举措未对应任何计划。</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: the annotation file is not open for writing.</source>
        <translation>无法保存判定：批注文件未以可写方式打开。</translation>
    </message>
    <message>
        <source>Link a Measure</source>
        <translation>指定举措</translation>
    </message>
    <message>
        <source>This year&apos;s measure that reports on “%1”:</source>
        <translation>落实“%1”的今年举措：</translation>
    </message>
</context>
<context>
    <name>pizhu::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Pizhu</source>
        <translation>关于批注(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Pizhu User Guide</source>
        <translation>批注使用指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pizhu %1&lt;/h3&gt;&lt;p&gt;Read and annotate government annual work reports: an outline of the report&apos;s parts beside a comfortable reader.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Libraries:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;批注 %1&lt;/h3&gt;&lt;p&gt;阅读和批注政府年度工作报告：报告各组成部分的提纲与舒适的阅读视图并排显示。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;使用的程序库：&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Pizhu</source>
        <translation>关于批注</translation>
    </message>
</context>
<context>
    <name>pizhu::HighlightColorsDialog</name>
    <message>
        <source>Highlight Colours</source>
        <translation>标注颜色</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Name of colour %1</source>
        <translation>颜色 %1 的名称</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>按键 %1</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>标注颜色</translation>
    </message>
</context>
<context>
    <name>pizhu::LibraryDock</name>
    <message>
        <source>Filter by issuer, year or title</source>
        <translation>按发布机关、年度或标题筛选</translation>
    </message>
    <message>
        <source>Filter reports</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <source>Reports in the library</source>
        <translation>库中的报告</translation>
    </message>
    <message>
        <source>No reports yet: reports you open are kept here.</source>
        <translation>还没有报告：打开过的报告会保存在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>%1 / %n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::LibraryModel</name>
    <message>
        <source>(untitled report)</source>
        <translation>（无标题报告）</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n version(s)</source>
        <translation>
            <numerusform>%1
%2 · %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>issuer unknown</source>
        <translation>发布机关不详</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
</context>
<context>
    <name>pizhu::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reading position</source>
        <translation>阅读位置</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Open &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>恢复原始大小(&amp;R)</translation>
    </message>
    <message>
        <source>Highlight &amp;Figures</source>
        <translation>突出显示数据(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>配色主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Show &amp;Outline</source>
        <translation>显示提纲(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>No report open. Open one with Ctrl+O or drop a file here.</source>
        <translation>尚未打开报告。按 Ctrl+O 打开，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <source>Reports (*.txt *.text *.html *.htm *.shtml *.docx *.pdf *.doc *.wps);;Text (*.txt *.text);;Web pages (*.html *.htm *.shtml);;Word (*.docx *.doc *.wps);;PDF (*.pdf);;All files (*)</source>
        <translation>报告文件 (*.txt *.text *.html *.htm *.shtml *.docx *.pdf *.doc *.wps);;文本文件 (*.txt *.text);;网页 (*.html *.htm *.shtml);;Word 文档 (*.docx *.doc *.wps);;PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Pizhu.</source>
        <translation>新的界面语言将在下次启动批注时生效。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Annotations changed in another window were loaded.</source>
        <translation>已载入在其他窗口中修改的批注。</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Annotation File</source>
        <translation>批注文件</translation>
    </message>
    <message>
        <source>Annotation files (*.sqlite);;All files (*)</source>
        <translation>批注文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
</context>
<context>
    <name>pizhu::MarkdownWriter</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Responsible unit: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>完成期限：%1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>发布机关：%1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>导出时间：%1</translation>
    </message>
    <message>
        <source>Exported: %1 by %2</source>
        <translation>导出时间：%1，导出人：%2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>批注：%1</translation>
    </message>
</context>
<context>
    <name>pizhu::NotesExportController</name>
    <message>
        <source>Notes saved to %1.</source>
        <translation>批注已保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Notes…</source>
        <translation>打印批注(&amp;P)…</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>未知格式 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <source>Open a report first.</source>
        <translation>请先打开报告。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>没有可导出的批注。</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>正在排版第 %1 页…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n note(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条批注…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no notes to print.</source>
        <translation>没有可打印的批注。</translation>
    </message>
    <message>
        <source>Print Notes</source>
        <translation>打印批注</translation>
    </message>
</context>
<context>
    <name>pizhu::OutlineModel</name>
    <message>
        <source>(untitled report)</source>
        <translation>（无标题报告）</translation>
    </message>
</context>
<context>
    <name>pizhu::PdfWriter</name>
    <message>
        <source>Notes</source>
        <extracomment>The PDF&apos;s title: the report&apos;s title, then what the file is</extracomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>%1 — notes</source>
        <translation>%1 — 批注</translation>
    </message>
</context>
<context>
    <name>pizhu::ReaderView</name>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>发布日期 %1</translation>
    </message>
    <message>
        <source>Index number %1</source>
        <translation>索引号 %1</translation>
    </message>
</context>
<context>
    <name>pizhu::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent reports</source>
        <translation>无最近打开的报告</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pizhu::ReportPropertiesDialog</name>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Word 97–2003 / WPS document (converted)</source>
        <translation>Word 97–2003 / WPS 文档（已转换）</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Report Properties</source>
        <translation>报告属性</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Year covered</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bundled sample report</source>
        <translation>内置示例报告</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>%1 characters, %2 paragraphs, %3 parts</source>
        <translation>%1 字，%2 段，%3 个部分</translation>
    </message>
    <message>
        <source>Repeated copies removed</source>
        <translation>已去除的重复副本</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>内容指纹</translation>
    </message>
</context>
<context>
    <name>pizhu::SearchModel</name>
    <message>
        <source>(untitled report)</source>
        <translation>（无标题报告）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) shown, more in the report</source>
        <translation>
            <numerusform>显示 %n 条结果，报告中还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight: </source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>批注：</translation>
    </message>
</context>
<context>
    <name>pizhu::SearchPanel</name>
    <message>
        <source>Search all reports and notes</source>
        <translation>搜索所有报告和批注</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索库</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>There is no annotation file to search.</source>
        <translation>没有可搜索的批注文件。</translation>
    </message>
    <message>
        <source>Type a word or two: every stored report and every note is searched.</source>
        <translation>输入一两个词：将搜索所有已保存的报告和批注。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>(more than shown: add words to narrow the search)</source>
        <translation>（结果多于显示数量：请增加词语缩小范围）</translation>
    </message>
</context>
<context>
    <name>pizhu::TagListModel</name>
    <message numerus="yes">
        <source>%1: %n annotation(s)</source>
        <translation>
            <numerusform>%1：%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>pizhu::TagManagerDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected tag (F2)</source>
        <translation>重命名所选标签（F2）</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the colour of the selected tag</source>
        <translation>选择所选标签的颜色</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Give the annotations of the selected tag another tag instead, and delete this one</source>
        <translation>将所选标签的批注改用另一个标签，并删除此标签</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected tag (Delete)</source>
        <translation>删除所选标签（Delete）</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新标签的名称：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n annotation(s) tagged “%1” will be tagged “%2” instead, and “%1” is deleted.</source>
        <translation>
            <numerusform>将“%1”合并到“%2”？带有“%1”标签的 %n 条批注将改为“%2”，并删除“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is taken off %n annotation(s).</source>
        <translation>
            <numerusform>删除标签“%1”？它将从 %n 条批注上移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>pizhu::TagPicker</name>
    <message>
        <source>Tag Annotation</source>
        <translation>为批注加标签</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>Tag name, then Enter</source>
        <translation>输入标签名称后按 Enter</translation>
    </message>
    <message>
        <source>Tags of the annotation</source>
        <translation>批注的标签</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Annotations are off: %1</source>
        <translation>批注功能不可用：%1</translation>
    </message>
    <message>
        <source>Tag “%1” as New “%2”</source>
        <translation>为“%1”加新标签“%2”</translation>
    </message>
    <message>
        <source>Tags of “%1”</source>
        <translation>“%1”的标签</translation>
    </message>
    <message>
        <source>Select an annotation to tag it.</source>
        <translation>请选择一条批注再加标签。</translation>
    </message>
</context>
<context>
    <name>pizhu::ToolsController</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Commitment Tracker…</source>
        <translation>承诺跟踪(&amp;C)…</translation>
    </message>
    <message>
        <source>Show &amp;Figures</source>
        <translation>显示数据(&amp;F)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>This report is no longer in the annotation file.</source>
        <translation>此报告已不在批注文件中。</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>显示报告库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Search All Reports…</source>
        <translation>搜索所有报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>报告库(&amp;L)</translation>
    </message>
    <message>
        <source>Follow-&amp;up of Last Year&apos;s Plans…</source>
        <translation>上年安排落实情况(&amp;U)…</translation>
    </message>
    <message>
        <source>Open this year&apos;s report first.</source>
        <translation>请先打开本年度报告。</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>统计图表(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a report first.</source>
        <translation>请先打开报告。</translation>
    </message>
    <message>
        <source>The report of this commitment is no longer in the annotation file.</source>
        <translation>该承诺事项所在的报告已不在批注文件中。</translation>
    </message>
</context>
</TS>
