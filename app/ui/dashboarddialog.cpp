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

QChart *DashboardDialog::chart(const QString &title, const DashboardData::Counts &counts, const QColor &color)
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

DashboardDialog::DashboardDialog(const DashboardData &counts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Dashboard"));
    resize(1040, 880);
    const QList<std::tuple<QString, DashboardData::Counts, QColor>> charts{
        {tr("Notes by part"), counts.notesByPart, QColor(0x2F, 0x6F, 0xD6)},
        {tr("Notes by tag"), counts.notesByTag, QColor(0x0E, 0x8C, 0x80)},
        {tr("Commitments by status"), counts.commitmentsByStatus, QColor(0xD9, 0x8E, 0x04)},
        {tr("Commitments by responsible unit"), counts.commitmentsByUnit, QColor(0x8A, 0x55, 0xC9)},
        {tr("Figures by part"), counts.figuresByPart, QColor(0x3C, 0x9A, 0x3C)},
    };
    auto *grid = new QGridLayout;
    int i = 0;
    for (const auto &[title, values, color] : charts) {
        QChart *c = chart(title, values, color);
        m_charts.append(c);
        auto *view = new QChartView(c, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(title);
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
