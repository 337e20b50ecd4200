// What one request to the hub asks, copied off the event-loop thread, and the handlers that answer it on a
// worker thread with a pooled connection.
#pragma once

#include "pgpool.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace collector::hub {

struct HubRequest
{
    QByteArray path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray accept;
    QByteArray body;
};

struct HubLimits
{
    qint64 maxBodyBytes;
    int maxOpsPerBatch = 1000;
};

QHttpServerResponse handleHealth(PgPool& pool, const HubRequest& request);
QHttpServerResponse handleEnrol(PgPool& pool, const HubRequest& request, const HubLimits& limits);
QHttpServerResponse handlePush(PgPool& pool, const HubRequest& request, const HubLimits& limits);
QHttpServerResponse handlePull(PgPool& pool, const HubRequest& request);
QHttpServerResponse handleBuckets(PgPool& pool, const HubRequest& request);
// Contact budgets: POST /v1/leases takes leases for the device (replacing what it held), POST
// /v1/leases/return gives them back.
QHttpServerResponse handleLeases(PgPool& pool, const HubRequest& request, const HubLimits& limits, bool take);
// The lead's conflict inbox: GET lists the team's open conflicts, POST {"resolve": id} closes one.
QHttpServerResponse handleConflicts(PgPool& pool, const HubRequest& request, bool resolve);

} // namespace collector::hub
