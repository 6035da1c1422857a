<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command; try: pizhu outline FILE [--json]</source>
        <translation>未知命令；用法示例：pizhu outline 文件 [--json]</translation>
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
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
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
    <name>TextLoader</name>
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
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>PDF documents cannot be opened yet; save the report as text (.txt)</source>
        <translation>暂不支持打开 PDF 文档，请将报告另存为文本文件（.txt）</translation>
    </message>
    <message>
        <source>Word (.docx) documents cannot be opened yet; save the report as text (.txt)</source>
        <translation>暂不支持打开 Word（.docx）文档，请将报告另存为文本文件（.txt）</translation>
    </message>
    <message>
        <source>old Word/WPS documents cannot be opened yet; save the report as text (.txt)</source>
        <translation>暂不支持打开旧版 Word/WPS 文档，请将报告另存为文本文件（.txt）</translation>
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
        <source>the text encoding is not recognised (expected UTF-8, UTF-16 or GB18030/GBK)</source>
        <translation>无法识别文本编码（支持 UTF-8、UTF-16 或 GB18030/GBK）</translation>
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
        <source>Cannot Open Report</source>
        <translation>无法打开报告</translation>
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
        <source>Reports (*.txt *.text);;All files (*)</source>
        <translation>报告文件 (*.txt *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Report Changed</source>
        <translation>报告已更改</translation>
    </message>
    <message>
        <source>“%1” was changed on disk. Reload it?</source>
        <translation>“%1”已在磁盘上被修改，是否重新载入？</translation>
    </message>
    <message>
        <source>No report open. Open one with Ctrl+O or drop a file here.</source>
        <translation>尚未打开报告。按 Ctrl+O 打开，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
</context>
<context>
    <name>pizhu::OutlineModel</name>
    <message>
        <source>Measures</source>
        <translation>举措成效</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Leaders&apos; duty</source>
        <translation>第一责任人</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下年安排</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>（无标题报告）</translation>
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
</TS>
