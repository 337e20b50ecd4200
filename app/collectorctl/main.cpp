// collectorctl: the command line for profiles (and, as the project grows, data and maintenance). Links core
// only, so it runs on a server or a headless machine.
#include "auditcommand.h"
#include "clioutput.h"
#include "compliancecommand.h"
#include "democommand.h"
#include "exitcodes.h"
#include "fieldcommand.h"
#include "iocommands.h"
#include "kpicommand.h"
#include "packcommand.h"
#include "plancommands.h"
#include "profilecommands.h"
#include "queuecommand.h"
#include "synccommand.h"
#include "userscommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <functional>
#include <map>

namespace {

const char* kUsage =
    "Usage: collectorctl COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  init    --profile DIR [--passphrase-file F]   create a new encrypted profile\n"
    "  passwd  --profile DIR [--passphrase-file F] [--new-passphrase-file F]\n"
    "                                                change the passphrase (rewraps the key, instant)\n"
    "  rekey   --profile DIR [--passphrase-file F]   rotate the data key (re-encrypts the store)\n"
    "  backup  --profile DIR --out FILE [--passphrase-file F]\n"
    "                                                write an encrypted, consistent copy (FILE and "
    "FILE.key)\n"
    "  verify  --profile DIR [--passphrase-file F]   check every page's authentication and the structure\n"
    "  audit   verify|list --profile DIR [--limit N]  check the audit trail's hash chains, or read it\n"
    "  demo    --profile DIR [--accounts N] [--seed S] [--as-of YYYY-MM-DD] [--passphrase-file F]\n"
    "                                                fill an empty profile with a deterministic demo "
    "portfolio\n"
    "  import  placements|payments FILE --profile DIR --creditor CODE [--mapping M.json]\n"
    "          [--encoding utf-8|gb18030] [--currency CODE] [--report FILE] [--as-of DATE]\n"
    "                                                import a lender file; rejected rows go to a report\n"
    "  export  accounts|attempts|payments|promises --profile DIR --out FILE [--as-of DATE]\n"
    "                                                CSV in UTF-8 with BOM\n"
    "  plan    < request.json                        a repayment schedule (JSON in, JSON out)\n"
    "  payoff  < request.json                        a pay-off quote on a date (JSON in, JSON out)\n"
    "  apr     < request.json                        an APR: us_actuarial, eu_effective or xirr\n"
    "  compliance check < scenario.json              may this contact be made now? (allowed / warn / "
    "blocked,\n"
    "                                                the rule, the reason, when it reopens)\n"
    "  compliance packs                              the rule packs with versions, dates and sources\n"
    "  compliance purge --profile DIR [--as-of D]    remove closed accounts past their retention period\n"
    "  queue   --profile DIR --collector LOGIN [--at INSTANT] [--limit N] [--json]\n"
    "                                                a collector's queue with the reasons for every place\n"
    "  kpi     --profile DIR --from DATE --to DATE [--team NAME] [--collector LOGIN] [--json]\n"
    "                                                the team lead's measures for a period\n"
    "  field   plan|prepare --profile DIR --collector LOGIN --day DATE [--accounts REF,..] [--max N]\n"
    "          [--start HH:MM] [--days N] [--json]    a field day: visits in route order, times, hours, "
    "staff;\n"
    "                                                prepare also syncs, leases budgets, checks the store\n"
    "  target  --profile DIR --collector LOGIN --month YYYY-MM --amount A [--currency C]\n"
    "                                                a collector's monthly collection target (lead, admin)\n"
    "  users   list|assign-device|set-role --profile DIR [--login L] [--role R] [--json]\n"
    "                                                who is on record; whose workstation this is; role "
    "changes\n"
    "                                                (admin only), each audited\n"
    "  sync    enrol --profile DIR --hub URL --ca FILE --code CODE   enrol this workstation with a hub\n"
    "  sync    run --profile DIR                      push the outbox, pull the team's changes\n"
    "  sync    status --profile DIR [--json]          enrolment, pending operations, last sync\n"
    "  sync    lease --profile DIR [--days N]         lease contact budgets before working offline\n"
    "  pack    key|export|import --profile DIR [--to KEYFILE] [--out FILE] [--in FILE]\n"
    "                                                offline packs: changes sealed to another profile's key\n"
    "\n"
    "Passphrases are prompted without echo, or read from the first line of a file; never given as "
    "arguments.\n"
    "  --version   print the version\n"
    "  --help      print this help\n"
    "\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collectorctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLECTOR_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        std::fputs(collector::cli::exitCodeTable(), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? collector::cli::kExitUsage : collector::cli::kExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        collector::cli::printLine(
            QStringLiteral("collectorctl %1").arg(QCoreApplication::applicationVersion()));
        return collector::cli::kExitOk;
    }

    const std::map<QString, std::function<int(const QStringList&)>> commands{
        {QStringLiteral("init"), collector::cli::runInit},
        {QStringLiteral("passwd"), collector::cli::runPasswd},
        {QStringLiteral("rekey"), collector::cli::runRekey},
        {QStringLiteral("backup"), collector::cli::runBackup},
        {QStringLiteral("verify"), collector::cli::runVerify},
        {QStringLiteral("demo"), collector::cli::runDemo},
        {QStringLiteral("audit"), collector::cli::runAudit},
        {QStringLiteral("compliance"), collector::cli::runCompliance},
        {QStringLiteral("queue"), collector::cli::runQueue},
        {QStringLiteral("kpi"), collector::cli::runKpi},
        {QStringLiteral("field"), collector::cli::runField},
        {QStringLiteral("target"), collector::cli::runTarget},
        {QStringLiteral("users"), collector::cli::runUsers},
        {QStringLiteral("sync"), collector::cli::runSync},
        {QStringLiteral("pack"), collector::cli::runPack},
        {QStringLiteral("import"), collector::cli::runImport},
        {QStringLiteral("export"), collector::cli::runExport},
        {QStringLiteral("plan"), [](const QStringList&) { return collector::cli::runPlan(); }},
        {QStringLiteral("payoff"), [](const QStringList&) { return collector::cli::runPayoff(); }},
        {QStringLiteral("apr"), [](const QStringList&) { return collector::cli::runApr(); }},
    };
    const QString command = args.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end())
        return collector::cli::reportUsage(QStringLiteral("unknown command '%1'").arg(command),
                                           QString::fromLatin1(kUsage));
    return found->second(args);
}
