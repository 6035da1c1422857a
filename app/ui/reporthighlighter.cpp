// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace pizhu {

ReportHighlighter::ReportHighlighter(QObject *parent)
    : QObject(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    m_highlighter->setDefinition(m_repository.definitionForName(QString::fromLatin1(kDefinitionName)));
    m_highlighter->setTheme(theme());
}

ReportHighlighter::~ReportHighlighter() = default;

bool ReportHighlighter::hasDefinition() const
{
    return m_repository.definitionForName(QString::fromLatin1(kDefinitionName)).isValid();
}

void ReportHighlighter::attach(QTextDocument *document)
{
    m_document = document;
    apply();
}

void ReportHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    apply();
}

void ReportHighlighter::apply()
{
    QTextDocument *target = m_enabled ? m_document.data() : nullptr;
    if (m_highlighter->document() != target)
        m_highlighter->setDocument(target);
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
    m_highlighter->setTheme(theme());
    if (m_highlighter->document())
        m_highlighter->rehighlight();
    Q_EMIT themeChanged();
}

} // namespace pizhu
