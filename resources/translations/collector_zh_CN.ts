<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written. Check that the disk has space and that you may write to the profile folder, then try again.</source>
        <translation>无法读取或写入文件。请确认磁盘有剩余空间、并且您有权写入配置文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The request is not valid. Check the values and try again.</source>
        <translation>请求无效。请检查填写的值后重试。</translation>
    </message>
    <message>
        <source>A profile already exists in that folder. Choose an empty folder, or open the profile instead.</source>
        <translation>该文件夹中已有配置。请选择一个空文件夹，或直接打开该配置。</translation>
    </message>
    <message>
        <source>There is no profile in that folder. Check the path, or create a profile first.</source>
        <translation>该文件夹中没有配置。请检查路径，或先创建配置。</translation>
    </message>
    <message>
        <source>The profile is open in another program. Close the workstation (and any other collectorctl command) on this profile, then try again.</source>
        <translation>该配置正被其他程序使用。请关闭使用此配置的工作台（以及其他 collectorctl 命令）后重试。</translation>
    </message>
    <message>
        <source>The output file already exists and was left untouched. Choose a new file name.</source>
        <translation>输出文件已存在，未作任何改动。请换一个文件名。</translation>
    </message>
    <message>
        <source>The profile's key file (profile.key) is missing. Restore it from the backup you made with the store; without it the data cannot be opened.</source>
        <translation>配置的密钥文件（profile.key）缺失。请从与数据库一同制作的备份中恢复；没有它，数据无法打开。</translation>
    </message>
    <message>
        <source>The profile's key file is damaged or is not a Collector Workstation key file. Restore profile.key from a backup.</source>
        <translation>配置的密钥文件已损坏，或不是催收工作台的密钥文件。请从备份中恢复 profile.key。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>口令不正确。请检查键盘布局和大写锁定键，然后重试。</translation>
    </message>
    <message>
        <source>The key file belongs to a different store. Put this store's own profile.key back in the profile folder.</source>
        <translation>该密钥文件属于另一个数据库。请将本数据库自己的 profile.key 放回配置文件夹。</translation>
    </message>
    <message>
        <source>The store failed its integrity check: it was damaged or altered. Stop using it and restore the profile from a backup; keep the damaged copy for investigation.</source>
        <translation>数据库未通过完整性检查：已损坏或被篡改。请停止使用并从备份恢复配置；保留损坏的副本以供调查。</translation>
    </message>
    <message>
        <source>The store is not encrypted with SQLCipher 4 and will not be opened. Install SQLCipher 4 from bookworm-backports, or restore an encrypted store.</source>
        <translation>该数据库未使用 SQLCipher 4 加密，不会被打开。请从 bookworm-backports 安装 SQLCipher 4，或恢复加密的数据库。</translation>
    </message>
    <message>
        <source>The store was written by a newer version of Collector Workstation. Update the application before opening it.</source>
        <translation>该数据库由更新版本的催收工作台写入。请先升级应用程序再打开。</translation>
    </message>
    <message>
        <source>The store reported an error. Try again; if it repeats, run 'collectorctl verify' on the profile.</source>
        <translation>数据库报告了错误。请重试；如果反复出现，请对该配置运行 “collectorctl verify”。</translation>
    </message>
    <message>
        <source>The encryption library could not start or could not lock memory. Check the memory lock limit (ulimit -l) and try again.</source>
        <translation>加密库无法启动或无法锁定内存。请检查内存锁定上限（ulimit -l）后重试。</translation>
    </message>
</context>
<context>
    <name>collector::ui::ImportDialog</name>
    <message>
        <source>Creditor reference</source>
        <translation>委方案件编号</translation>
    </message>
    <message>
        <source>Debtor name</source>
        <translation>债务人姓名</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州或省份</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>First missed due date</source>
        <translation>首次逾期日期</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>还款渠道</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Import placements</source>
        <translation>导入委案</translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>导入还款</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The lender's code, for example HXCF</source>
        <translation>委托方代码，例如 HXCF</translation>
    </message>
    <message>
        <source>&amp;Creditor:</source>
        <translation>委托方(&amp;C)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;urrency when the file has none:</source>
        <translation>文件未注明时的币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Lender files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>委托方文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read, or is larger than 512 MiB. Check the path.</source>
        <translation>无法读取该文件，或文件大于 512 MiB。请检查路径。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2-separated, %n column(s). Check the column for each field; fields marked * are required.</source>
        <translation>
            <numerusform>按 %1 读取，%2分隔，共 %n 列。请核对每个字段对应的列；带 * 的字段为必填。</numerusform></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Enter the creditor's code first.</source>
        <translation>请先填写委托方代码。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何记录：%1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>共读取 %1 行：新增 %2，更新 %3，未变 %4，拒绝 %5。</translation>
    </message>
    <message>
        <source>Save the rejected rows and send them to the lender to correct; importing the corrected file adds them.</source>
        <translation>请保存被拒记录并发给委托方更正；导入更正后的文件即可补入。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>collector::ui::MainWindow</name>
    <message>
        <source>Collector Workstation</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <source>Queue (Ctrl+1)</source>
        <translation>工作队列（Ctrl+1）</translation>
    </message>
    <message>
        <source>Your queue is empty</source>
        <translation>您的队列为空</translation>
    </message>
    <message>
        <source>Accounts assigned to you appear here, ordered by what needs you first, once a placement is imported into this profile or the hub assigns work.</source>
        <translation>委案导入本配置或中心分配工作后，分配给您的案件会按紧急程度排列在这里。</translation>
    </message>
    <message>
        <source>Account (Ctrl+2)</source>
        <translation>案件（Ctrl+2）</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>未打开案件</translation>
    </message>
    <message>
        <source>Open an account from the queue to see the debtor, balances, promises, plans and the full history.</source>
        <translation>从队列中打开一个案件，即可查看债务人、余额、承诺还款、还款计划和完整历史。</translation>
    </message>
    <message>
        <source>Contact script (Ctrl+3)</source>
        <translation>催收话术（Ctrl+3）</translation>
    </message>
    <message>
        <source>No conversation in progress</source>
        <translation>当前没有进行中的通话</translation>
    </message>
    <message>
        <source>The script for the open account guides the call step by step: identification, disclosures, and the questions to ask.</source>
        <translation>所打开案件的话术会逐步引导通话：身份核实、告知事项以及需要询问的问题。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;工作台已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>案件(&amp;A)</translation>
    </message>
    <message>
        <source>Contact &amp;script</source>
        <translation>催收话术(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Collector Workstation</source>
        <translation>关于催收工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Sync: offline — no hub configured</source>
        <translation>同步：离线 — 未配置中心</translation>
    </message>
    <message>
        <source>Debtor time: no account open</source>
        <translation>债务人当地时间：未打开案件</translation>
    </message>
    <message>
        <source>Contact: no account open</source>
        <translation>联系许可：未打开案件</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted store · SQLCipher %1 · schema %2 · locks after %n min idle</source>
        <translation>
            <numerusform>加密数据库 · SQLCipher %1 · 结构版本 %2 · 闲置 %n 分钟后锁定</numerusform></translation>
    </message>
    <message>
        <source>Locked — the store is closed</source>
        <translation>已锁定 — 数据库已关闭</translation>
    </message>
    <message>
        <source>Your work is kept as you left it. Enter the passphrase to continue.</source>
        <translation>您的工作保持原样。输入口令即可继续。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>About Collector Workstation</source>
        <translation>关于催收工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Collector Workstation %1&lt;/h3&gt;&lt;p&gt;Debt-collection work, encrypted on this computer.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLCipher %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;催收工作台 %1&lt;/h3&gt;&lt;p&gt;催收工作，加密保存在本机。&lt;/p&gt;&lt;p&gt;Qt %2 · SQLCipher %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message numerus="yes">
        <source>Portfolio: %n account(s)</source>
        <translation>
            <numerusform>案件总数：%n 件</numerusform></translation>
    </message>
    <message>
        <source>Import &amp;placements…</source>
        <translation>导入委案(&amp;P)…</translation>
    </message>
    <message>
        <source>Import pa&amp;yments…</source>
        <translation>导入还款(&amp;Y)…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in this profile</source>
        <translation>
            <numerusform>本配置中有 %n 个案件</numerusform></translation>
    </message>
    <message>
        <source>The queue shows the accounts assigned to the collector who is signed in, ordered by what needs them first. No collector is signed in on this workstation yet.</source>
        <translation>队列按紧急程度列出分配给当前登录催收员的案件。本工作台尚无催收员登录。</translation>
    </message>
</context>
<context>
    <name>collector::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>闲置多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>The workstation locks itself when nobody has used it for this long. Debtors' personal data must not stay on an unattended screen.</source>
        <translation>无人使用达到此时长后，工作台会自动锁定。债务人的个人信息不得留在无人看管的屏幕上。</translation>
    </message>
</context>
<context>
    <name>collector::ui::UnlockDialog</name>
    <message>
        <source>Collector Workstation — Unlock</source>
        <translation>催收工作台 — 解锁</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open your profile&lt;/b&gt;&lt;br&gt;Your work is kept encrypted on this computer. Enter the passphrase to open it.</source>
        <translation>&lt;b&gt;打开您的配置&lt;/b&gt;&lt;br&gt;您的工作加密保存在本机。请输入口令打开。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>collector::ui::UnlockForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>P&amp;rofile folder:</source>
        <translation>配置文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a profile folder</source>
        <translation>选择配置文件夹</translation>
    </message>
    <message>
        <source>Choose the profile folder first.</source>
        <translation>请先选择配置文件夹。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
</context>
</TS>