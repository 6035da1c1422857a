// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupdialog.h"

#include "reportreader.h"
#include "reportstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

QString unitText(const FollowUpMatcher::Unit &u)
{
    return u.label + u.title;
}
} // namespace

FollowUpDialog::FollowUpDialog(const Report &current, Database *db, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_db(db)
    , m_library(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Follow-up of Last Year's Plans"));
    resize(900, 640);
    m_library->setAccessibleName(tr("Last year's report"));
    m_library->addItem(tr("Choose last year's report…"), QString());
    if (db) {
        const QString currentKey = current.canonicalText.isEmpty() ? QString() : current.workKey();
        for (const ReportSummary &r : ReportStore(*db).reports()) {
            if (r.workKey != currentKey)
                m_library->addItem(r.year > 0 ? u"%1 · %2"_s.arg(r.year).arg(r.title) : r.title, r.latestContentHash);
        }
    }
    auto *open = new QPushButton(tr("From a &File…"), this);
    connect(open, &QPushButton::clicked, this, &FollowUpDialog::chooseFile);
    connect(m_library, &QComboBox::activated, this, [this](int index) {
        const QString hash = m_library->itemData(index).toString();
        if (hash.isEmpty() || !m_db)
            return;
        if (const auto report = ReportStore(*m_db).report(hash))
            compareWith(report.value());
    });

    m_tree->setAccessibleName(tr("Plans and the measures that report on them"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Last year's plan → this year's measure"), tr("Similarity")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kStartRole).isValid())
            Q_EMIT showRequested(item->data(0, kStartRole).toLongLong(), item->data(0, kEndRole).toLongLong());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Last year:"), this));
    top->addWidget(m_library, 1);
    top->addWidget(open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Pick last year's report of the same issuer: its plans are compared with this year's "
                          "measures."));
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
    m_result = FollowUpMatcher::match(lastYear, m_current);
    fillTree();
}

void FollowUpDialog::fillTree()
{
    m_tree->clear();
    const QColor missing(0xc6, 0x28, 0x28);
    int followed = 0;
    for (const FollowUpMatcher::Plan &plan : std::as_const(m_result.plans)) {
        auto *item = new QTreeWidgetItem(m_tree, {unitText(plan.unit)});
        if (plan.unit.level > 2)
            item->setText(0, u"    "_s + item->text(0));
        if (plan.matches.isEmpty()) {
            item->setText(1, tr("no follow-up"));
            item->setForeground(0, missing);
            item->setForeground(1, missing);
        } else {
            ++followed;
        }
        for (const FollowUpMatcher::Match &m : plan.matches) {
            const FollowUpMatcher::Unit &measure = m_result.measures.at(m.measure);
            auto *child = new QTreeWidgetItem(item, {unitText(measure), QString::number(m.score, 'f', 2)});
            child->setData(0, kStartRole, qint64(measure.start));
            child->setData(0, kEndRole, qint64(measure.start + measure.label.size() + measure.title.size()));
        }
        item->setExpanded(true);
    }
    if (!m_result.unmatchedMeasures.isEmpty()) {
        auto *section = new QTreeWidgetItem(m_tree, {tr("This year's measures that answer no plan")});
        section->setForeground(0, QColor(0xb2, 0x6a, 0x00));
        for (int m : std::as_const(m_result.unmatchedMeasures)) {
            const FollowUpMatcher::Unit &measure = m_result.measures.at(m);
            auto *child = new QTreeWidgetItem(section, {unitText(measure)});
            child->setData(0, kStartRole, qint64(measure.start));
            child->setData(0, kEndRole, qint64(measure.start + measure.label.size() + measure.title.size()));
        }
        section->setExpanded(true);
    }
    if (!m_result.oldHasPlans)
        m_summary->setText(tr("Last year's report has no part with next year's plans."));
    else
        m_summary->setText(tr("%1 of %2 plans followed up; %3 measures answer no plan.")
                               .arg(followed)
                               .arg(m_result.plans.size())
                               .arg(m_result.unmatchedMeasures.size()));
}

} // namespace pizhu
