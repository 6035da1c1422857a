// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupdialog.h"

#include "annotationsession.h"
#include "database.h"
#include "followuplinkcommand.h"
#include "followuplinkstore.h"
#include "followupreview.h"
#include "reportreader.h"
#include "reportstore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kPlanRole = Qt::UserRole + 3; // on plan rows and their measures
constexpr int kMeasureRole = Qt::UserRole + 4; // -1 on a plan's row

enum Column { TextColumn, ScoreColumn, DecisionColumn };

const QColor kMissing(0xc6, 0x28, 0x28);
const QColor kUnanswered(0xb2, 0x6a, 0x00);
const QColor kConfirmed(0x2e, 0x7d, 0x32);

QString unitText(const FollowUpMatcher::Unit &u)
{
    return u.label + u.title;
}

QTreeWidgetItem *measureItem(QTreeWidgetItem *parent, const FollowUpMatcher::Unit &measure, int plan, int index)
{
    auto *item = new QTreeWidgetItem(parent, {unitText(measure)});
    item->setData(TextColumn, kStartRole, qint64(measure.start));
    item->setData(TextColumn, kEndRole, qint64(measure.start + measure.label.size() + measure.title.size()));
    item->setData(TextColumn, kPlanRole, plan);
    item->setData(TextColumn, kMeasureRole, index);
    return item;
}

} // namespace

FollowUpDialog::FollowUpDialog(AnnotationSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_library(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Follow-up of Last Year's Plans"));
    resize(960, 660);
    m_library->setAccessibleName(tr("Last year's report"));
    m_library->addItem(tr("Choose last year's report…"), QString());
    // Last year's report of the same issuer, when the library has it, is the one to compare with.
    const ReportMetadata &current = session->report().metadata;
    int lastYear = 0;
    if (Database *db = session->database()) {
        for (const ReportSummary &r : ReportStore(*db).reports()) {
            if (r.workKey == session->workKey())
                continue;
            m_library->addItem(r.year > 0 ? u"%1 · %2"_s.arg(r.year).arg(r.title) : r.title, r.latestContentHash);
            if (!lastYear && current.year > 0 && r.year == current.year - 1 && !r.issuer.isEmpty()
                && r.issuer == current.issuer)
                lastYear = m_library->count() - 1;
        }
    }
    auto *open = new QPushButton(tr("From a &File…"), this);
    connect(open, &QPushButton::clicked, this, &FollowUpDialog::chooseFile);
    connect(m_library, &QComboBox::activated, this, [this](int index) {
        const QString hash = m_library->itemData(index).toString();
        if (hash.isEmpty() || !m_session->database())
            return;
        if (const auto report = ReportStore(*m_session->database()).report(hash))
            compareWith(report.value());
    });

    m_tree->setAccessibleName(tr("Plans and the measures that report on them"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Last year's plan → this year's measure"), tr("Similarity"), tr("Link")});
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(TextColumn, kStartRole).isValid())
            Q_EMIT showRequested(item->data(TextColumn, kStartRole).toLongLong(),
                                 item->data(TextColumn, kEndRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FollowUpDialog::updateActions);
    connect(session, &AnnotationSession::followUpLinksChanged, this, &FollowUpDialog::review);
    connect(session, &AnnotationSession::annotationsReset, this, &FollowUpDialog::currentReportChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Last year:"), this));
    top->addWidget(m_library, 1);
    top->addWidget(open);
    auto *decisions = new QHBoxLayout;
    createActions();
    for (QAction *action : m_tree->actions()) {
        if (action->isSeparator()) {
            decisions->addStretch(1);
            continue;
        }
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        decisions->addWidget(button);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(decisions);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Pick last year's report of the same issuer: its plans are compared with this year's "
                          "measures."));
    updateActions();
    if (lastYear > 0) {
        m_library->setCurrentIndex(lastYear);
        Q_EMIT m_library->activated(lastYear);
    }
}

void FollowUpDialog::createActions()
{
    m_confirm = new QAction(tr("&Confirm Link"), this);
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_confirm->setToolTip(tr("This measure reports on the plan (Ctrl+Enter)"));
    connect(m_confirm, &QAction::triggered, this, [this] { decideSelected(FollowUpLink::Decision::Confirmed); });
    m_reject = new QAction(tr("&Reject Link"), this);
    m_reject->setShortcut(QKeySequence::Delete);
    m_reject->setToolTip(tr("This measure does not report on the plan (Delete)"));
    connect(m_reject, &QAction::triggered, this, [this] { decideSelected(FollowUpLink::Decision::Rejected); });
    m_clear = new QAction(tr("C&lear Decision"), this);
    m_clear->setShortcut(QKeySequence(Qt::Key_Backspace));
    m_clear->setToolTip(tr("Leave it to the similarity again (Backspace)"));
    connect(m_clear, &QAction::triggered, this, [this] { decideSelected(std::nullopt); });
    m_link = new QAction(tr("Link a &Measure…"), this);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_link->setToolTip(tr("Pick a measure that reports on the plan (Ctrl+L)"));
    connect(m_link, &QAction::triggered, this, &FollowUpDialog::linkMeasure);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_confirm, m_reject, m_clear, m_link, separator, undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(action);
    }
    // Undo and redo also when the focus is outside the tree.
    addActions({undo, redo});
}

void FollowUpDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Last Year's Report"));
    if (!path.isEmpty())
        compareWithFile(path);
}

bool FollowUpDialog::compareWithFile(const QString &path)
{
    const auto report = ReportReader::read(path);
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    compareWith(report.value());
    return true;
}

void FollowUpDialog::compareWith(const Report &lastYear)
{
    m_lastYear = lastYear;
    m_lastYearKey = lastYear.workKey();
    m_currentKey = m_session->workKey();
    m_computed = FollowUpMatcher::match(lastYear, m_session->report());
    review();
}

void FollowUpDialog::currentReportChanged()
{
    // Another report opened in the window while the view is open: its
    // measures are this year's now (the old ones' places would be wrong).
    if (!m_lastYear || m_session->workKey() == m_currentKey)
        return;
    compareWith(*m_lastYear);
}

void FollowUpDialog::review()
{
    if (!m_lastYear)
        return;
    Database *db = m_session->database();
    m_links = db ? FollowUpLinkStore(*db).links(m_lastYearKey, m_session->workKey()) : QList<FollowUpLink>();
    m_result = FollowUpReview::apply(m_computed, m_links, m_lastYearKey, m_session->workKey());
    fillTree();
}

void FollowUpDialog::fillTree()
{
    const auto selected = selectedPair();
    m_tree->clear();
    int followed = 0;
    int confirmed = 0;
    for (int p = 0; p < m_result.plans.size(); ++p) {
        const FollowUpMatcher::Plan &plan = m_result.plans.at(p);
        auto *item = new QTreeWidgetItem(m_tree, {unitText(plan.unit)});
        item->setData(TextColumn, kPlanRole, p);
        item->setData(TextColumn, kMeasureRole, -1);
        if (plan.unit.level > 2)
            item->setText(TextColumn, u"    "_s + item->text(TextColumn));
        if (plan.matches.isEmpty()) {
            item->setText(DecisionColumn, tr("no follow-up"));
            for (int column : {TextColumn, DecisionColumn})
                item->setForeground(column, kMissing);
        } else {
            ++followed;
        }
        for (const FollowUpMatcher::Match &m : plan.matches) {
            auto *child = measureItem(item, m_result.measures.at(m.measure), p, m.measure);
            child->setText(ScoreColumn, QString::number(m.score, 'f', 2));
            child->setText(DecisionColumn, m.confirmed ? tr("✓ confirmed") : tr("suggested"));
            if (m.confirmed) {
                child->setForeground(DecisionColumn, kConfirmed);
                ++confirmed;
            }
        }
        for (const FollowUpMatcher::Match &m : plan.rejected) {
            auto *child = measureItem(item, m_result.measures.at(m.measure), p, m.measure);
            child->setText(ScoreColumn, QString::number(m.score, 'f', 2));
            child->setText(DecisionColumn, tr("rejected"));
            QFont struck = child->font(TextColumn);
            struck.setStrikeOut(true);
            child->setFont(TextColumn, struck);
            for (int column : {TextColumn, ScoreColumn, DecisionColumn})
                child->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        item->setExpanded(true);
    }
    if (!m_result.unmatchedMeasures.isEmpty()) {
        auto *section = new QTreeWidgetItem(m_tree, {tr("This year's measures that answer no plan")});
        section->setForeground(TextColumn, kUnanswered);
        for (int m : std::as_const(m_result.unmatchedMeasures))
            measureItem(section, m_result.measures.at(m), -1, m);
        section->setExpanded(true);
    }
    if (selected)
        m_tree->setCurrentItem(itemFor(selected->first, selected->second));
    QString summary;
    if (!m_result.oldHasPlans)
        summary = tr("Last year's report has no part with next year's plans.");
    else
        summary = tr("%1 of %2 plans followed up (%3 links confirmed by you); %4 measures answer no plan.")
                      .arg(followed)
                      .arg(m_result.plans.size())
                      .arg(confirmed)
                      .arg(m_result.unmatchedMeasures.size());
    if (!m_session->database() || m_session->database()->isReadOnly())
        summary += u' ' + tr("Decisions cannot be saved: the annotation file is not open for writing.");
    m_summary->setText(summary);
    updateActions();
}

std::optional<std::pair<int, int>> FollowUpDialog::selectedPair() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(TextColumn, kPlanRole).isValid() || item->data(TextColumn, kPlanRole).toInt() < 0)
        return std::nullopt;
    return std::pair{item->data(TextColumn, kPlanRole).toInt(), item->data(TextColumn, kMeasureRole).toInt()};
}

QTreeWidgetItem *FollowUpDialog::itemFor(int plan, int measure) const
{
    if (plan < 0 || plan >= m_tree->topLevelItemCount())
        return nullptr;
    QTreeWidgetItem *planItem = m_tree->topLevelItem(plan);
    for (int i = 0; i < planItem->childCount(); ++i) {
        if (planItem->child(i)->data(TextColumn, kMeasureRole).toInt() == measure)
            return planItem->child(i);
    }
    return planItem;
}

void FollowUpDialog::updateActions()
{
    const bool writable = m_session->database() && !m_session->database()->isReadOnly() && m_lastYear;
    const auto pair = selectedPair();
    const bool onMeasure = writable && pair && pair->second >= 0;
    m_confirm->setEnabled(onMeasure);
    m_reject->setEnabled(onMeasure);
    m_clear->setEnabled(onMeasure
                        && FollowUpReview::decision(m_links, m_result.plans.at(pair->first).unit.key(),
                                                    m_result.measures.at(pair->second).key()));
    m_link->setEnabled(writable && pair && !m_result.measures.isEmpty());
}

bool FollowUpDialog::decide(int plan, int measure, std::optional<FollowUpLink::Decision> decision)
{
    if (!m_lastYear || plan < 0 || plan >= m_result.plans.size() || measure < 0
        || measure >= m_result.measures.size() || !m_session->database())
        return false;
    FollowUpLink pair;
    pair.planWorkKey = m_lastYearKey;
    pair.planKey = m_result.plans.at(plan).unit.key();
    pair.measureWorkKey = m_session->workKey();
    pair.measureKey = m_result.measures.at(measure).key();
    QUndoStack *stack = m_session->undoStack();
    const int before = stack->index();
    stack->push(new FollowUpLinkCommand(m_session, pair, decision));
    return stack->index() != before;
}

void FollowUpDialog::decideSelected(std::optional<FollowUpLink::Decision> decision)
{
    if (const auto pair = selectedPair(); pair && pair->second >= 0)
        decide(pair->first, pair->second, decision);
}

void FollowUpDialog::linkMeasure()
{
    const auto pair = selectedPair();
    if (!pair)
        return;
    QStringList choices;
    for (const FollowUpMatcher::Unit &measure : std::as_const(m_result.measures))
        choices.append((measure.level > 2 ? u"    "_s : QString()) + unitText(measure));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link a Measure"),
        tr("This year's measure that reports on “%1”:").arg(unitText(m_result.plans.at(pair->first).unit)), choices,
        qMax(0, pair->second), false, &ok);
    if (ok)
        decide(pair->first, int(choices.indexOf(chosen)), FollowUpLink::Decision::Confirmed);
}

} // namespace pizhu
