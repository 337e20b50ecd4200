// A collection strategy as data (resources/strategies/*.json): segments by stage that choose the channels and
// the cadence, and the weights of the score that orders the rest of the queue. Every weight is visible, so a
// collector or a lead can see why an account stands where it does.
#pragma once

#include "common/result.h"
#include "domain/kinds.h"

#include <QString>
#include <map>
#include <vector>

namespace collector {

struct Segment
{
    QString id;
    Stage stage = Stage::Early;
    std::vector<Channel> channels;
    int cadenceDays = 2;           // an account contacted within this many days waits its turn
    int legalReferralAfterDpd = 0; // 0: none
};

// Points from a number of days past due on (until the next step's): steps rather than points per day, so an
// account's score moves on the few days it crosses a step, not every midnight (a queue's places then hold
// from one day to the next), and a collector reads the rule at a glance: "61 days past due or more: 9".
struct DpdStep
{
    int fromDpd = 1;
    double points = 0;
};

struct ScoreWeights
{
    double per1000Balance = 0;
    double maxBalancePoints = 0;
    std::vector<DpdStep> dpdSteps; // ascending by fromDpd
    std::map<Stage, double> stagePoints;
    double recentRightPartyPoints = 0;
    double keptPromisePoints = 0;
    double brokenPromisePoints = 0;
    double contactedWithinCadencePoints = 0;

    // The points for so many days past due (0 below the first step).
    double dpdPoints(int daysPastDue) const;
    // The days past due at which the points next change after `daysPastDue`; 0: never again.
    int nextDpdStep(int daysPastDue) const;
};

struct Strategy
{
    QString id;
    QString version;
    int newPlacementDays = 3;
    int callbackLeadMinutes = 15;
    std::vector<Segment> segments;
    ScoreWeights score;

    const Segment* segmentFor(Stage stage) const;
};

Result<Strategy> parseStrategy(const QByteArray& json);
const Strategy& defaultStrategy();

} // namespace collector
