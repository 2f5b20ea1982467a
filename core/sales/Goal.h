#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

// A limit the goal puts on how it may be reached ("at most 30 emails a day", "no discount
// beyond 8%", "budget 200 EUR").
struct GoalConstraint
{
    QString kind; // max_emails_per_day, max_discount_pct, max_spend
    double value = 0;
    QString currency; // max_spend only
    QString text; // the words it came from
};

// An objective in plain words, understood: what to measure, how much, by when, for whom, within
// which limits. ambiguous = too vague to be a goal; question says what to ask the user.
struct Goal
{
    QString text;
    QString metric; // one of metrics()
    double target = 0;
    QString currency; // ISO 4217, money metrics only
    QDate deadline;
    QString deadlineText; // the words the deadline came from
    QStringList industries;
    QStringList roles;
    QStringList regions;
    QStringList sizes;
    QList<GoalConstraint> constraints;
    bool ambiguous = false;
    QString question;
    QStringList notes; // assumptions made ("currency taken as EUR")

    static QStringList metrics();
    static bool isMoneyMetric(const QString& metric);
    // The metric for people ("meetings booked").
    static QString metricText(const QString& metric);
    // One line for people: "15 meetings booked by 31 Jan 2027".
    QString summary() const;
    QJsonObject toJson() const;
    static std::optional<Goal> fromJson(const QJsonObject& object);
};

// The offline objective parser: rules over the words (no model needed). Deadlines are resolved
// against today ("EOY", "end of Q1", "in 6 weeks", "mid-December"); a date already past this
// year means next year's.
class GoalParser final
{
public:
    static Goal parse(const QString& text, const QDate& today, const QString& defaultCurrency = QStringLiteral("EUR"));
};

} // namespace gd::core
