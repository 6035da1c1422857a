// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace pizhu {

// The state of a commitment a report makes, as staff track it.
enum class CommitmentStatus {
    None, // not a tracked commitment
    NotStarted, // 未开始
    InProgress, // 推进中
    Done, // 已完成
    Unfulfilled, // 未兑现
    Unverifiable, // 无法核实
};

// The statuses of a tracked commitment in the order staff go through them
// (None is not among them): for lists, filters, groups and charts.
inline constexpr CommitmentStatus kCommitmentStatuses[] = {CommitmentStatus::NotStarted, CommitmentStatus::InProgress,
                                                           CommitmentStatus::Done, CommitmentStatus::Unfulfilled,
                                                           CommitmentStatus::Unverifiable};

// Stable ids for storage, JSON and the command line: not-started, in-progress, …
QString commitmentStatusId(CommitmentStatus status);
CommitmentStatus commitmentStatusFromId(const QString &id);

// A highlighted passage with its colour, tags, note and commitment fields.
// Belongs to a report as a work (workKey), so that it follows the report
// from version to version; anchored on one version (contentHash).
struct Annotation
{
    QUuid id;
    QString workKey; // Report::workKey()
    QString contentHash; // the version the anchor was last placed on
    Anchor anchor;
    bool orphaned = false; // could not be placed on the current version; shown, never dropped
    int color = 0; // 0–4: one of the five highlight colours
    QString note; // Markdown
    QList<qint64> tagIds;
    QDateTime created;
    QDateTime modified;
    QString author;
    // Commitment tracking
    CommitmentStatus status = CommitmentStatus::None;
    QString responsibleUnit; // 责任单位
    QDate due;

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace pizhu
