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

struct ScoreWeights
{
    double per1000Balance = 0;
    double maxBalancePoints = 0;
    double perDpdDay = 0;
    double maxDpdPoints = 0;
    std::map<Stage, double> stagePoints;
    double recentRightPartyPoints = 0;
    double keptPromisePoints = 0;
    double brokenPromisePoints = 0;
    double contactedWithinCadencePoints = 0;
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
