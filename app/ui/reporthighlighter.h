// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QObject>
#include <QTextLayout>
#include <memory>

namespace pizhu {

// Marks figures with their units, dates, “quoted names”, 《book titles》 and
// heading labels, through our own KSyntaxHighlighting definition
// (resources/syntax/pizhu-report.xml, bundled as a syntax add-on). Colours
// come from a KSyntaxHighlighting theme: the user's choice, else the light or
// dark default that matches the system palette.
//
// It colours lines on demand rather than as a QSyntaxHighlighter: the reader
// asks only for the lines on screen, and colours are drawn over the laid-out
// text, so a 10 MB report never needs re-laying-out for them. Every context
// of the definition ends with its line, so lines are independent.
class ReportHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHighlighter)

public:
    static constexpr const char *kDefinitionName = "Pizhu Report";

    explicit ReportHighlighter(QObject *parent = nullptr);
    ~ReportHighlighter() override;

    bool hasDefinition() const;
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    QStringList themeNames() const;
    // Empty follows the system palette.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    KSyntaxHighlighting::Theme theme() const;

    // The coloured spans of one line (offsets within the line); none when disabled.
    QList<QTextLayout::FormatRange> formatLine(QStringView line) const;
    // The name of the definition's style at an offset ("Figure", "Date" …), for tests and tools.
    QString styleAt(QStringView line, int offset) const;

Q_SIGNALS:
    // Colours changed: enabled, disabled or another theme.
    void changed();

private:
    class LineHighlighter;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<LineHighlighter> m_lines;
    QString m_themeName;
    bool m_enabled = true;
};

} // namespace pizhu
