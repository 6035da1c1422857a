// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace pizhu {

// Collects the formats KSyntaxHighlighting reports for one line.
class ReportHighlighter::LineHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };

    QList<Span> spans(QStringView line)
    {
        m_spans.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && format.isValid())
            m_spans.append({offset, length, format});
    }

private:
    QList<Span> m_spans;
};

ReportHighlighter::ReportHighlighter(QObject *parent)
    : QObject(parent)
    , m_lines(std::make_unique<LineHighlighter>())
{
    m_lines->setDefinition(m_repository.definitionForName(QString::fromLatin1(kDefinitionName)));
    m_lines->setTheme(theme());
}

ReportHighlighter::~ReportHighlighter() = default;

bool ReportHighlighter::hasDefinition() const
{
    return m_lines->definition().isValid();
}

void ReportHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT changed();
}

QStringList ReportHighlighter::themeNames() const
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &t : m_repository.themes())
        names << t.name();
    return names;
}

KSyntaxHighlighting::Theme ReportHighlighter::theme() const
{
    if (!m_themeName.isEmpty()) {
        const KSyntaxHighlighting::Theme chosen = m_repository.theme(m_themeName);
        if (chosen.isValid())
            return chosen;
    }
    const bool dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark
        || QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

void ReportHighlighter::setThemeName(const QString &name)
{
    m_themeName = name;
    m_lines->setTheme(theme());
    Q_EMIT changed();
}

QList<QTextLayout::FormatRange> ReportHighlighter::formatLine(QStringView line) const
{
    QList<QTextLayout::FormatRange> ranges;
    if (!m_enabled || line.isEmpty() || !hasDefinition())
        return ranges;
    const KSyntaxHighlighting::Theme t = m_lines->theme();
    for (const LineHighlighter::Span &s : m_lines->spans(line)) {
        if (s.format.isDefaultTextStyle(t) || !s.format.hasTextColor(t))
            continue;
        // Colour only: weight or size would change the text's metrics, and
        // these colours are drawn over text that is already laid out.
        QTextCharFormat f;
        f.setForeground(s.format.textColor(t));
        ranges.append({s.offset, s.length, f});
    }
    return ranges;
}

QString ReportHighlighter::styleAt(QStringView line, int offset) const
{
    for (const LineHighlighter::Span &s : m_lines->spans(line)) {
        if (offset >= s.offset && offset < s.offset + s.length)
            return s.format.name();
    }
    return {};
}

} // namespace pizhu
