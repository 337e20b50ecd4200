// collectorctl plan and collectorctl apr: the repayment-plan calculator for scripts and other systems.
// JSON request on stdin, JSON answer on stdout; amounts and rates are decimal strings.
#pragma once

namespace collector::cli {

int runPlan();
int runPayoff();
int runApr();

} // namespace collector::cli
