// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the tag tests: a session over a real annotation file in a
// temporary folder, with the sample report open.

#include "annotationsession.h"
#include "annotationstore.h"
#include "database.h"
#include "reportreader.h"
#include "tagstore.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

namespace pizhu {

class TagFixture
{
public:
    TagFixture()
    {
        using namespace Qt::StringLiterals;
        session = std::make_unique<AnnotationSession>();
        if (!dir.isValid() || !session->openDatabase(dir.filePath(u"annotations.sqlite"_s)))
            qFatal("cannot open the annotation file");
        const QString sample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");
        report = ReportReader::read(sample).value();
        session->setReport(report);
    }

    TagStore tags() const { return TagStore(*session->database()); }
    qint64 id(const QString &name) const { return tags().find(name).value_or(Tag{}).id; }

    // Highlights the first occurrence of quote and gives it these tags; the
    // steps this takes are cleared from the stack, so tests see only their own.
    QUuid annotate(const QString &quote, const QList<qint64> &tagIds)
    {
        const qsizetype at = report.canonicalText.indexOf(quote);
        const QUuid id = session->addHighlight(at, at + quote.size(), 0);
        Annotation changed = *session->annotation(id);
        changed.tagIds = tagIds;
        if (!tagIds.isEmpty())
            session->edit(changed, EditAnnotationCommand::Kind::Tags);
        session->undoStack()->clear();
        return id;
    }

    // An annotation of another report in the same file: tags are shared by all.
    QUuid annotateElsewhere(const QList<qint64> &tagIds)
    {
        using namespace Qt::StringLiterals;
        Annotation a;
        a.id = QUuid::createUuid();
        a.workKey = u"另一份报告"_s;
        a.contentHash = u"0"_s.repeated(64);
        a.anchor.start = 0;
        a.anchor.end = 4;
        a.anchor.exact = u"另一份报告"_s;
        a.tagIds = tagIds;
        if (!AnnotationStore(*session->database()).add(a))
            qFatal("cannot add an annotation");
        return a.id;
    }

    // The tags of an annotation as the window has them, and as the file has them.
    QList<qint64> shown(const QUuid &id) const
    {
        const Annotation *a = session->annotation(id);
        return a ? a->tagIds : QList<qint64>{-1};
    }
    QList<qint64> stored(const QUuid &id) const
    {
        const auto a = AnnotationStore(*session->database()).get(id);
        return a ? a->tagIds : QList<qint64>{-1};
    }

    QUndoStack *stack() const { return session->undoStack(); }

    QTemporaryDir dir;
    std::unique_ptr<AnnotationSession> session;
    Report report;
};

} // namespace pizhu
