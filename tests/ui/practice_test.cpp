// Practice calls: refused on a profile of real accounts; on demo data, a whole call by keyboard against a
// cooperative debtor, with one slip (going on before ticking identity), scored and audited.
#include "dialogs/practicedialog.h"
#include "workspacefixture.h"

#include <QLabel>
#include <QMessageBox>

using namespace collector;
using namespace collector::test;

TEST_CASE("Practice call: demo profiles only; a call by keyboard is scored and audited", "[practice]")
{
    WorkspaceFixture f(QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc()));
    ui::MainWindow& window = *f.window;
    Database& db = f.profile->database();
    REQUIRE(window.openAccount(QStringLiteral("R-1")));

    // A profile of real accounts: refused, saying why.
    QString refusal;
    QTimer::singleShot(0, &window, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        refusal = box->text();
        box->accept();
    });
    CHECK(window.openPractice() == nullptr);
    CHECK(refusal.contains(QLatin1String("demo profile only")));

    REQUIRE(db.exec("INSERT INTO profile_meta (key, value) VALUES ('demo_portfolio', '1')"));
    ui::PracticeDialog* dialog = window.openPractice();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(anyLabelContains(*dialog, QStringLiteral("Yes, speaking.")));
    QTest::keyClick(dialog, Qt::Key_1);      // it is the debtor
    QTest::keyClick(dialog, Qt::Key_Return); // identity not ticked: a slip
    CHECK(anyLabelContains(*dialog, QStringLiteral("Not yet")));
    QTest::keyClick(dialog, Qt::Key_Space);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Space); // disclosure
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(anyLabelContains(*dialog, QStringLiteral("I can pay that on Friday")));
    test::saveScreenshot(*dialog, QStringLiteral("practice"));
    QTest::keyClick(dialog, Qt::Key_1);     // will pay
    QTest::keyClick(dialog, Qt::Key_Space); // promise read back
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(dialog->session()->run().finished());
    CHECK(dialog->result() ==
          QLatin1String("Answers heard right: 2 of 2. Checkpoints kept the first time: 2 of 3. Slips: 1."));
    test::saveScreenshot(*dialog, QStringLiteral("practice-score"));
    CHECK(db.queryText("SELECT actor || ' ' || detail FROM audit_entry WHERE action = 'practice_call'")
              .value() ==
          QLatin1String("amy {\"answers\":2,\"answers_heard\":2,\"checkpoints\":3,\"checkpoints_kept\":2,"
                        "\"persona\":\"cooperative\",\"slips\":1}"));
    // Nothing was logged: a practice call is not a contact.
    CHECK(db.queryInt("SELECT count(*) FROM contact_attempt").value() == 0);
    dialog->reject();
}
