// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QObject>
#include <QPointer>

class QTextDocument;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace pizhu {

// Marks figures with their units, dates, “quoted names”, 《book titles》 and
// heading labels in the reader, through our own KSyntaxHighlighting definition
// (resources/syntax/pizhu-report.xml, bundled as a syntax add-on). Colours
// come from a KSyntaxHighlighting theme: the user's choice, else the light or
// dark default that matches the system palette.
class ReportHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHighlighter)

public:
    static constexpr const char *kDefinitionName = "Pizhu Report";

    explicit ReportHighlighter(QObject *parent = nullptr);
    ~ReportHighlighter() override;

    bool hasDefinition() const;
    void attach(QTextDocument *document);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    QStringList themeNames() const;
    // Empty follows the system palette.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    KSyntaxHighlighting::Theme theme() const;

Q_SIGNALS:
    void themeChanged();

private:
    void apply();

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QPointer<QTextDocument> m_document;
    QString m_themeName;
    bool m_enabled = true;
};

} // namespace pizhu
