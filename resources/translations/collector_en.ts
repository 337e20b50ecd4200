<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written. Check that the disk has space and that you may write to the profile folder, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request is not valid. Check the values and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile already exists in that folder. Choose an empty folder, or open the profile instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile in that folder. Check the path, or create a profile first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is open in another program. Close the workstation (and any other collectorctl command) on this profile, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The output file already exists and was left untouched. Choose a new file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's key file (profile.key) is missing. Restore it from the backup you made with the store; without it the data cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile's key file is damaged or is not a Collector Workstation key file. Restore profile.key from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file belongs to a different store. Put this store's own profile.key back in the profile folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store failed its integrity check: it was damaged or altered. Stop using it and restore the profile from a backup; keep the damaged copy for investigation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is not encrypted with SQLCipher 4 and will not be opened. Install SQLCipher 4 from bookworm-backports, or restore an encrypted store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store was written by a newer version of Collector Workstation. Update the application before opening it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store reported an error. Try again; if it repeats, run 'collectorctl verify' on the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encryption library could not start or could not lock memory. Check the memory lock limit (ulimit -l) and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>collector::ui::ImportDialog</name>
    <message>
        <source>Creditor reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debtor name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First missed due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import placements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lender's code, for example HXCF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Creditor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency when the file has none:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lender files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read, or is larger than 512 MiB. Check the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the creditor's code first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the rejected rows and send them to the lender to correct; importing the corrected file adds them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>collector::ui::MainWindow</name>
    <message>
        <source>Collector Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue (Ctrl+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your queue is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts assigned to you appear here, ordered by what needs you first, once a placement is imported into this profile or the hub assigns work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account (Ctrl+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an account from the queue to see the debtor, balances, promises, plans and the full history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact script (Ctrl+3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The script for the open account guides the call step by step: identification, disclosures, and the questions to ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact &amp;script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Collector Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: offline — no hub configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debtor time: no account open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact: no account open</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your work is kept as you left it. Enter the passphrase to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Collector Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Collector Workstation %1&lt;/h3&gt;&lt;p&gt;Debt-collection work, encrypted on this computer.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLCipher %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;placements…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import pa&amp;yments…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s) in this profile</source>
        <translation>
            <numerusform>%n account in this profile</numerusform><numerusform>%n accounts in this profile</numerusform></translation>
    </message>
    <message>
        <source>The queue shows the accounts assigned to the collector who is signed in, ordered by what needs them first. No collector is signed in on this workstation yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>collector::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workstation locks itself when nobody has used it for this long. Debtors' personal data must not stay on an unattended screen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>collector::ui::UnlockDialog</name>
    <message>
        <source>Collector Workstation — Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Open your profile&lt;/b&gt;&lt;br&gt;Your work is kept encrypted on this computer. Enter the passphrase to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>collector::ui::UnlockForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rofile folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a profile folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the profile folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>