// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

QChart *DashboardDialog::chart(const QString &title, const NotesStatistics::Counts &counts, const QColor &color)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *set = new QBarSet(title);
    set->setColor(color);
    QStringList labels;
    int top = 1;
    // Horizontal bars read top to bottom in the list's order: Qt draws the first category at the bottom.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        labels.append(it->first);
        *set << it->second;
        top = std::max(top, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels.isEmpty() ? QStringList{tr("(none)")} : labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small); // room for every category's name
    auto *values = new QValueAxis;
    // Counts: whole-number ticks, about five of them.
    const int step = std::max(1, (top + 4) / 5);
    values->setRange(0, ((top / step) + 1) * step);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setLabelFormat(u"%d"_s);
    values->setLabelsFont(small);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

DashboardDialog::DashboardDialog(const NotesStatistics &counts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Dashboard"));
    resize(1040, 880);
    auto *grid = new QGridLayout;
    int i = 0;
    // All five, the empty ones too: a chart that says "none" is an answer.
    for (const NotesStatistics::Chart &shown : counts.charts()) {
        QChart *c = chart(shown.title, shown.counts, shown.color);
        m_charts.append(c);
        auto *view = new QChartView(c, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(shown.title);
        view->setMinimumSize(320, 260);
        grid->addWidget(view, i / 2, i % 2);
        ++i;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
}

} // namespace pizhu
