// SPDX-License-Identifier: GPL-3.0-or-later
#include "w3cannotationwriter.h"

#include "w3cvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QJsonArray context()
{
    return QJsonArray{QString(w3c::kAnnoContext), QJsonObject{{w3c::kPizhuPrefix, QString(w3c::kPizhuNamespace)}}};
}

QJsonValue bodies(const ExchangedAnnotation &exchanged)
{
    QJsonArray list;
    const Annotation &a = exchanged.annotation;
    if (!a.note.isEmpty()) {
        list.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                                {u"value"_s, a.note},
                                {u"format"_s, QString(w3c::kMarkdown)},
                                {u"purpose"_s, QString(w3c::kCommenting)}});
    }
    for (const Tag &tag : exchanged.tags) {
        QJsonObject body{{u"type"_s, u"TextualBody"_s}, {u"value"_s, tag.name}, {u"purpose"_s, QString(w3c::kTagging)}};
        if (!tag.color.isEmpty())
            body.insert(w3c::key(w3c::kTagColor), tag.color);
        list.append(body);
    }
    return list;
}

QJsonObject target(const ExchangedAnnotation &exchanged)
{
    const Annotation &a = exchanged.annotation;
    const Anchor &anchor = a.anchor;
    QString source = exchanged.source;
    if (source.isEmpty())
        source = a.contentHash.isEmpty() ? a.workKey : ExchangedAnnotation::versionSource(a.contentHash);
    QJsonArray selectors;
    if (!anchor.exact.isEmpty()) {
        QJsonObject quote{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, anchor.exact}};
        if (!anchor.prefix.isEmpty())
            quote.insert(u"prefix"_s, anchor.prefix);
        if (!anchor.suffix.isEmpty())
            quote.insert(u"suffix"_s, anchor.suffix);
        selectors.append(quote);
    }
    if (anchor.start >= 0 && anchor.end >= anchor.start) {
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                     {u"start"_s, qint64(anchor.start)},
                                     {u"end"_s, qint64(anchor.end)}});
    }
    return QJsonObject{{u"source"_s, source}, {u"selector"_s, selectors}};
}

} // namespace

QString W3cAnnotationWriter::formatId() const
{
    return u"json"_s;
}

QString W3cAnnotationWriter::fileSuffix() const
{
    return u"json"_s;
}

QString W3cAnnotationWriter::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject W3cAnnotationWriter::annotation(const ExchangedAnnotation &exchanged)
{
    const Annotation &a = exchanged.annotation;
    QJsonObject o{{u"id"_s, QString(w3c::kUuidUrn + a.id.toString(QUuid::WithoutBraces))}, {u"type"_s, u"Annotation"_s}};
    // Without a note the annotation is a highlight (its tags classify it).
    o.insert(u"motivation"_s, QString(a.note.isEmpty() ? w3c::kHighlighting : w3c::kCommenting));
    if (a.created.isValid())
        o.insert(u"created"_s, timeText(a.created));
    if (a.modified.isValid())
        o.insert(u"modified"_s, timeText(a.modified));
    if (!a.author.isEmpty())
        o.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, a.author}});
    const QJsonValue body = bodies(exchanged);
    if (!body.toArray().isEmpty())
        o.insert(u"body"_s, body);
    o.insert(u"target"_s, target(exchanged));

    o.insert(w3c::key(w3c::kWorkKey), a.workKey);
    o.insert(w3c::key(w3c::kColor), a.color);
    if (a.status != CommitmentStatus::None)
        o.insert(w3c::key(w3c::kStatus), commitmentStatusId(a.status));
    if (!a.responsibleUnit.isEmpty())
        o.insert(w3c::key(w3c::kResponsibleUnit), a.responsibleUnit);
    if (a.due.isValid())
        o.insert(w3c::key(w3c::kDue), a.due.toString(Qt::ISODate));
    if (a.anchor.blockOrdinal >= 0)
        o.insert(w3c::key(w3c::kBlockOrdinal), a.anchor.blockOrdinal);
    if (!a.anchor.headingPath.isEmpty())
        o.insert(w3c::key(w3c::kHeadingPath), a.anchor.headingPath);
    o.insert(w3c::key(w3c::kOrphaned), a.orphaned);
    return o;
}

QJsonObject W3cAnnotationWriter::collection(const ExportedNotes &notes)
{
    QJsonArray items;
    for (const ExchangedAnnotation &exchanged : notes.annotations)
        items.append(annotation(exchanged));
    QJsonObject o{{u"@context"_s, context()},
                  {u"type"_s, u"AnnotationCollection"_s},
                  {u"label"_s, notes.label},
                  {u"total"_s, qint64(notes.annotations.size())}};
    if (!notes.workKey.isEmpty())
        o.insert(w3c::key(w3c::kWorkKey), notes.workKey);
    o.insert(u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}});
    return o;
}

Result<bool> W3cAnnotationWriter::write(const ExportedNotes &notes, QIODevice &device) const
{
    return writeAll(device, QJsonDocument(collection(notes)).toJson(QJsonDocument::Indented));
}

} // namespace pizhu
