<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Compliance</name>
    <message>
        <source>This contact point is marked do-not-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent on record to use this channel for this contact point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the opt-out instruction in this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor is flagged as vulnerable: follow the vulnerable-customer procedure and offer forbearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request to stop communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report that the debtor has died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breathing-space moratorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection is stopped by %1: this may only confirm that collection has stopped or name a specific remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is %1 on this account: handle it before collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection is stopped by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection is stopped by %1 until it is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor asked not to be contacted through this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor asked to be contacted only between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor&apos;s time zone is not known: record the address or the number&apos;s zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the contact hours %1 in one of the debtor&apos;s time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the contact hours %1 debtor time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unanswered calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to this debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit of %1 %2 %3 is reached (every collector&apos;s calls count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is call %1 of %2 allowed within %3 consecutive days about this debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls about this debt within %2 consecutive days already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was a telephone conversation about this debt on %1, day 1 of %2 days without calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number belongs to someone other than the debtor: ask only for the debtor&apos;s contact details and never mention the debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from the debtor only: this number belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from the debtor only: a third party may be contacted only after %1 failed attempts to reach the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits need at least %1 staff: take a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits need at least %1 staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact allowed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact reopens at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation works offline on leased contact budgets and holds none under this limit for this debtor today: sync to lease one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The offline budget of %n call(s) leased under this limit is spent: sync to return it and lease again.</source>
        <translation>
            <numerusform>The offline budget of %n call leased under this limit is spent: sync to return it and lease again.</numerusform>
            <numerusform>The offline budget of %n calls leased under this limit is spent: sync to return it and lease again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another workstation working offline holds %n call(s) of this limit as its budget: contact reopens when it syncs.</source>
        <translation>
            <numerusform>Another workstation working offline holds %n call of this limit as its budget: contact reopens when it syncs.</numerusform>
            <numerusform>Another workstation working offline holds %n calls of this limit as its budget: contact reopens when it syncs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written. Check that the disk has space and that you may write to the profile folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid. Check the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists in that folder. Choose an empty folder, or open the profile instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile in that folder. Check the path, or create a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is open in another program. Close the workstation (and any other collectorctl command) on this profile, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file already exists and was left untouched. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s key file (profile.key) is missing. Restore it from the backup you made with the store; without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s key file is damaged or is not a Collector Workstation key file. Restore profile.key from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file belongs to a different store. Put this store&apos;s own profile.key back in the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store failed its integrity check: it was damaged or altered. Stop using it and restore the profile from a backup; keep the damaged copy for investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not encrypted with SQLCipher 4 and will not be opened. Install SQLCipher 4 from bookworm-backports, or restore an encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was written by a newer version of Collector Workstation. Update the application before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store reported an error. Try again; if it repeats, run &apos;collectorctl verify&apos; on the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start or could not lock memory. Check the memory lock limit (ulimit -l) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDay</name>
    <message>
        <source>No hour of the day allows a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the collector&apos;s active accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address of the debtor to visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km from the day&apos;s area: another day&apos;s visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no point and no visit of the day is in its district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time left within the visit hours that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compliance rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt numbers (sync once)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPrint</name>
    <message>
        <source>Friendly reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal notice delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits here need two staff: take a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is masked on this sheet: reveal it in the workstation when at the door. Ask before recording anything; record the visit before leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt. Its number is unique and ends in a check digit; the creditor can confirm the payment by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be completed; check the disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), %1 km by the route%2</source>
        <translation>
            <numerusform>%n visit, %1 km by the route%2</numerusform>
            <numerusform>%n visits, %1 km by the route%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (the shortest, the way back included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the way back included)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future: the account is not overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid resident id number (length, date or check character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: add a valid IANA time_zone or a state column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number: a mobile or landline is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is in %1; an update cannot change its currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: without it a payment could be counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such account for this creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more decimals than the currency has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number, or too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number does not exist in its numbering plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>equal instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest-free instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment plan agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor agrees to pay the amounts below on or before their due dates. The creditor will not ask for more while the plan is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived once every payment is made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a payment is more than %1 days late, the creditor may end the plan; what is still unpaid is then due in full, less what was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your circumstances change, contact us before a payment is missed: the plan can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the creditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the debtor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>instalment %1 is %2; the creditor&apos;s minimum is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instalments; the creditor allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount of %1 on %2 is more than the %3 % a %4 may give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest instalment, %1, is more than the %2 the budget sustains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan breaks the rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already has a plan with instalments until %1. Ask your team lead to end it before agreeing a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Yes, I can pay that on Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m busy right now. Call me back next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not paying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t owe this. I never had an account with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lost my job last month... I can&apos;t pay anything right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t pay it all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wants to know? ... Fine, it&apos;s me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes. What is this about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes... who is this? Is something wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need that? ... All right: 12 March 1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s 12 March 1985.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>A promise due %1 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise due %1 was broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor asked to be called back at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise of %1 is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise was broken yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement, not contacted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan instalment was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the debtor in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted %1; the %2 cadence is every %3 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days past due: consider legal referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This conflict cannot be settled here: %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached; work goes on and syncs later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted: ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation was revoked: ask an administrator to enrol it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled with the hub: enrol it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub failed; sync will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s store failed during sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving profile&apos;s key must be the 32-byte key &quot;pack key&quot; printed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an offline pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack was sealed for another profile, or changed after it was sealed; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack&apos;s contents are not a batch of changes this version understands; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack holds a malformed operation; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment or charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>only a blocked contact needs an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 cannot be overridden by anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a team lead may override a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the reason for the override (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override names its account and its lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync once before taking payments in the field: the hub numbers this workstation&apos;s receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address visited is not one of the debtor&apos;s: choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was met: the outcome is &quot;no answer&quot; (or a wrong address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone was met: choose what came of it instead of &quot;no answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the debtor in person can promise, dispute or be the right party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was met, so nobody was asked about recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the companion is a colleague, not yourself: choose who came along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was met, so no payment was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount received, more than zero and at most 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is kept in %1: enter the payment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a JPEG or PNG photo: choose the photo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is larger than 8 MiB: take it at a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such visit: record the visit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement amount must be more than zero and at most the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a settlement is paid at once or in at most 12 instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal is too large for an exact schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term must be between 1 and 600 instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual rate must be between 0 % and 1000 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_n_days must be between 1 and 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first due date must come after the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace periods must leave at least one instalment that repays principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instalment multiple cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the down payment must be less than the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fees cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balloon must be less than the amount repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment holiday lasts at most 24 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the account the contact was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is longer than %1 characters: shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the amount the debtor promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the date of the promised payment, today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment more than %1 days away is a plan: build one in the plan panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter when the debtor asked to be called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact blocked by rule %1: it cannot be logged as made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan rules: min_instalment must be an amount like &quot;50.00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan rules: %1 must be a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan rules: a discount is at most 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creditor&apos;s plan rules are not a JSON object; ask an admin to fix them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s currency is not the account&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::AccountHistory</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges and adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the debtor · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise of %1 due %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan agreed: %n instalment(s), %1 in all, until %2</source>
        <translation>
            <numerusform>Plan agreed: %n instalment, %1 in all, until %2</numerusform>
            <numerusform>Plan agreed: %n instalments, %1 in all, until %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan, instalment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::AccountWorkspace</name>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cease request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this field in clear; every reveal is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact points&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected contact point in clear; recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 · %n day(s) past due</source>
        <translation>
            <numerusform>Stage %1 · %n day past due</numerusform>
            <numerusform>Stage %1 · %n days past due</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (principal %2, interest %3, fees %4) · paid %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed with care (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (%1) — reopens %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (%1) — until cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::AssignmentDialog</name>
    <message>
        <source>Assign work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due, &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due, &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectors and their load (tick those to spread over):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread &amp;evenly over the ticked collectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loads cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match.</source>
        <translation>
            <numerusform>%n account matches.</numerusform>
            <numerusform>%n accounts match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) moved; the change reaches the hub with the next sync.</source>
        <translation>
            <numerusform>%n account moved; the change reaches the hub with the next sync.</numerusform>
            <numerusform>%n accounts moved; the change reaches the hub with the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the collectors to spread the accounts over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select accounts to move only those; with none selected, every one listed moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::BudgetForm</name>
    <message>
        <source>Affordability (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Income&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Spending&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount, like 1,200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the debtor&apos;s income to check the plans against their budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposable income: &lt;b&gt;%1 %2&lt;/b&gt; a month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::ContactLogDialog</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke with the debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (press its key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor called us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evasive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at (debtor time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the promised amount, like 1,250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::DashboardWindow</name>
    <message>
        <source>Team dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ll matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: set From to the first day and To to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right party per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected so far, by day of the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates, this period and the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: days past due the day before the period; columns: at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right party, mix-adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, mix-adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cured, mix-adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be completed; check the disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be completed; check the disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team dashboard: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be completed; check the disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts from %1 to %2 days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with a compliance exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) — double-click one to open it.</source>
        <translation>
            <numerusform>%n account — double-click it to open it.</numerusform>
            <numerusform>%n accounts — double-click one to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that paid in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;ditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plac&amp;ement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vintages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All creditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything collected up to the period&apos;s end on the accounts placed in a month, against the balance placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vintages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1 · Collector: %2 · Stage: %3 · Creditor: %4 · Placement: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates week by week, this period and the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the measures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::FieldDayWindow</name>
    <message>
        <source>Field day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for &amp;field day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day &amp;sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day sheet was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) on %1, %2 km by the route%3.</source>
        <translation>
            <numerusform>%n visit on %1, %2 km by the route%3.</numerusform>
            <numerusform>%n visits on %1, %2 km by the route%3.</numerusform>
        </translation>
    </message>
    <message>
        <source> (the shortest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits need two staff: take a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to prepare: plan a day with visits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing and leasing contact budgets for these accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to work offline. Sync again or leave these visits out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready for the field: %n visit(s) kept on this workstation with everything they need.</source>
        <translation>
            <numerusform>Ready for the field: %n visit kept on this workstation with everything it needs.</numerusform>
            <numerusform>Ready for the field: %n visits kept on this workstation with everything they need.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact budget(s) leased until %1.</source>
        <translation>
            <numerusform>%n contact budget leased until %1.</numerusform>
            <numerusform>%n contact budgets leased until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the day sheet was written but the audit trail was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) without a map point: their order and times are estimates.</source>
        <translation>
            <numerusform>%n address without a map point: its order and time are estimates.</numerusform>
            <numerusform>%n addresses without a map point: their order and times are estimates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::ImportDialog</name>
    <message>
        <source>Creditor reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First missed due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s code, for example HXCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Creditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency when the file has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read, or is larger than 512 MiB. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2-separated, %n column(s). Check the column for each field; fields marked * are required.</source>
        <translation>
            <numerusform>Read as %1, %2-separated, %n column. Check the column for each field; fields marked * are required.</numerusform>
            <numerusform>Read as %1, %2-separated, %n columns. Check the column for each field; fields marked * are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the creditor&apos;s code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows and send them to the lender to correct; importing the corrected file adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::MainWindow</name>
    <message>
        <source>Collector Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts assigned to you appear here, ordered by what needs you first, once a placement is imported into this profile or the hub assigns work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account from the queue to see the debtor, balances, promises, plans and the full history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact script (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script for the open account guides the call step by step: identification, disclosures, and the questions to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Collector Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor time: no account open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: no account open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %n account(s)</source>
        <translation>
            <numerusform>Portfolio: %n account</numerusform>
            <numerusform>Portfolio: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted store · SQLCipher %1 · schema %2 · locks after %n min idle</source>
        <translation>
            <numerusform>Encrypted store · SQLCipher %1 · schema %2 · locks after %n min idle</numerusform>
            <numerusform>Encrypted store · SQLCipher %1 · schema %2 · locks after %n min idle</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked — the store is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept as you left it. Enter the passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Collector Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Collector Workstation %1&lt;/h3&gt;&lt;p&gt;Debt-collection work, encrypted on this computer.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLCipher %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;placements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pa&amp;yments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in this profile</source>
        <translation>
            <numerusform>%n account in this profile</numerusform>
            <numerusform>%n accounts in this profile</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lender&apos;s account reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has the reference you typed. Check it against the lender&apos;s file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor time: unknown zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: no contact point on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account and choose a contact point first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the debtor&apos;s call to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;queue for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next account in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n account(s), %2 not now</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n account, %2 not now</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n accounts, %2 not now</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Locks in %n min</numerusform>
            <numerusform>Locks in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in on this workstation yet. An administrator assigns it to its user with: collectorctl users assign-device --login LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the queue of a collector in your team with Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in on this workstation. An administrator assigns it to its user with: collectorctl users assign-device --login LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is assigned outside your work. Ask your team lead to reassign it if you need to work it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead may lift this block for one contact, with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may override this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Override recorded: one contact allowed for the next %n minute(s).</source>
        <translation>
            <numerusform>Override recorded: one contact allowed for the next minute.</numerusform>
            <numerusform>Override recorded: one contact allowed for the next %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No collectors in your team are on record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That queue belongs to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practi&amp;se a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice calls run on a demo profile only, never on real accounts. Create one with: collectorctl demo --profile DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: paused while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to send</source>
        <translation>
            <numerusform>%1 · %n to send</numerusform>
            <numerusform>%1 · %n to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lease contact budgets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub had no contact allowance left to lease for your accounts: while offline, no call under a contact limit can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leased %n contact budget(s), %1 calls in all, until %2. Calls are now limited to these budgets; Sync now (F5) returns what is left.</source>
        <translation>
            <numerusform>Leased %n contact budget, %1 calls in all, until %2. Calls are now limited to these budgets; Sync now (F5) returns what is left.</numerusform>
            <numerusform>Leased %n contact budgets, %1 calls in all, until %2. Calls are now limited to these budgets; Sync now (F5) returns what is left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease contact budgets for how many days without network?
Calls are then limited to what the budgets allow until you sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard needs a signed-in user: an administrator assigns this workstation with collectorctl users assign-device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is assigned by a team lead or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;field day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field day is planned for the signed-in collector: an administrator assigns this workstation with collectorctl users assign-device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account first (and sign in: visits are recorded by a user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · updating the queue (%n place(s) to work out)…</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · updating the queue (%n place to work out)…</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · updating the queue (%n places to work out)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::OverrideDialog</name>
    <message>
        <source>Override a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rule %2: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The override lets this one contact through for %n minute(s). It is recorded with your name and your reason, and auditors can read it.</source>
        <translation>
            <numerusform>The override lets this one contact through for a minute. It is recorded with your name and your reason, and auditors can read it.</numerusform>
            <numerusform>The override lets this one contact through for %n minutes. It is recorded with your name and your reason, and auditors can read it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Why is this contact needed now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n more character needed.</numerusform>
            <numerusform>%n more characters needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::PlanDialog</name>
    <message>
        <source>Repayment plan · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Balance owed: %1 %2&lt;/b&gt; (principal %3, interest %4, fees %5) · %n day(s) past due</source>
        <translation>
            <numerusform>&lt;b&gt;Balance owed: %1 %2&lt;/b&gt; (principal %3, interest %4, fees %5) · %n day past due</numerusform>
            <numerusform>&lt;b&gt;Balance owed: %1 %2&lt;/b&gt; (principal %3, interest %4, fees %5) · %n days past due</numerusform>
        </translation>
    </message>
    <message>
        <source>The creditor&apos;s plan rules could not be read (%1); the standard rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agreement as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 for this account? Its instalments become promises the queue follows.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded. Print the agreement or save it as a PDF for the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::PlanEditor</name>
    <message>
        <source>Interest-free split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual interest rate in percent, for example 4.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the annual rate as a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the down payment as an amount below the balance, like 500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the debtor pays to settle, at most the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: correct the fields above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) from %1 · total %2 %3 · interest %4</source>
        <translation>
            <numerusform>%n instalment of %1 · total %2 %3 · interest %4</numerusform>
            <numerusform>%n instalments from %1 · total %2 %3 · interest %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Waived: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::PracticeDialog</name>
    <message>
        <source>Practice call (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evasive debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputing debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distressed debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers heard right: %1 of %2. Checkpoints kept the first time: %3 of %4. Slips: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended elsewhere than this debtor&apos;s answers lead: listen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The call has ended.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You say:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Debtor:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::QueueFilterBar</name>
    <message>
        <source>Reference, name or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::QueueModel</name>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise broken yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not now — %n account(s) the rules do not let you contact yet</source>
        <translation>
            <numerusform>Not now — %n account the rules do not let you contact yet</numerusform>
            <numerusform>Not now — %n accounts the rules do not let you contact yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now — %n account(s)</source>
        <translation>
            <numerusform>Due now — %n account</numerusform>
            <numerusform>Due now — %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::ScriptPanel</name>
    <message>
        <source>Next: build a repayment plan with the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: log the dispute; collection on this debt stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: go through the debtor&apos;s income and outgoings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end the call and log it as a third party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has ended: log the contact (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what this step needs before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot; before going on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation locks itself when nobody has used it for this long. Debtors&apos; personal data must not stay on an unattended screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::SyncController</name>
    <message>
        <source>sending %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving, %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: up to date at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not enrolled — open Sync ▸ Sync panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: this workstation was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 — retry in %n min</source>
        <translation>
            <numerusform>Sync: %1 — retry in %n min</numerusform>
            <numerusform>Sync: %1 — retry in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline on contact budgets until %1 — F5 syncs and returns them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::SyncPanel</name>
    <message>
        <source>Contact point: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor: id number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this workstation with the team&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused by the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync state cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused by the hub (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the team&apos;s open conflicts from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict inbox is the team lead&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub address must start with https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: choose the file your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the enrolment code your administrator gave you (20 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Values are masked; revealing them is recorded.</source>
        <translation>
            <numerusform>%n open conflict. Values are masked; revealing them is recorded.</numerusform>
            <numerusform>%n open conflicts. Values are masked; revealing them is recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other value is saved here and goes to the hub with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept value stays; the conflict is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact budgets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) held until %1: working offline; the next sync returns them</source>
        <translation>
            <numerusform>%n lease held until %1: working offline; the next sync returns it</numerusform>
            <numerusform>%n leases held until %1: working offline; the next sync returns them</numerusform>
        </translation>
    </message>
    <message>
        <source>none held (Sync ▸ Work offline leases them before you go)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::UnlockDialog</name>
    <message>
        <source>Collector Workstation — Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open your profile&lt;/b&gt;&lt;br&gt;Your work is kept encrypted on this computer. Enter the passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::UnlockForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>collector::ui::VisitDialog</name>
    <message>
        <source>Record visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When (the debtor&apos;s time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Companion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked first: they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked first: they refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong address (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evasive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment was &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer seen at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ipt (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the delivered notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliance rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Allowed again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not allowed now&lt;/b&gt; (%1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed, with a warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: a visit may be made now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is saved. Close the form to record another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit saved. Receipt %1: print it for the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment was recorded on this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt was written but the audit trail was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the visit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is larger than 8 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
