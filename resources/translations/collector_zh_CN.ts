<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Compliance</name>
    <message>
        <source>This contact point is marked do-not-contact.</source>
        <translation>该联系方式已标记为禁止联系。</translation>
    </message>
    <message>
        <source>There is no consent on record to use this channel for this contact point.</source>
        <translation>没有记录显示可通过此渠道联系该联系方式的授权。</translation>
    </message>
    <message>
        <source>Include the opt-out instruction in this message.</source>
        <translation>请在此消息中附上退订说明。</translation>
    </message>
    <message>
        <source>The debtor is flagged as vulnerable: follow the vulnerable-customer procedure and offer forbearance.</source>
        <translation>债务人被标记为弱势客户：请按弱势客户流程处理，并提供宽限。</translation>
    </message>
    <message>
        <source>a dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>a request to stop communication</source>
        <translation>停止联系的要求</translation>
    </message>
    <message>
        <source>a bankruptcy</source>
        <translation>破产</translation>
    </message>
    <message>
        <source>a report that the debtor has died</source>
        <translation>债务人已故的报告</translation>
    </message>
    <message>
        <source>a breathing-space moratorium</source>
        <translation>喘息期暂停令</translation>
    </message>
    <message>
        <source>a legal hold</source>
        <translation>法律冻结</translation>
    </message>
    <message>
        <source>Collection is stopped by %1: this may only confirm that collection has stopped or name a specific remedy.</source>
        <translation>因%1已停止催收：本次联系只能确认催收已停止或告知具体的法律措施。</translation>
    </message>
    <message>
        <source>There is %1 on this account: handle it before collecting.</source>
        <translation>该案件存在%1：请先处理再催收。</translation>
    </message>
    <message>
        <source>Collection is stopped by %1.</source>
        <translation>因%1已停止催收。</translation>
    </message>
    <message>
        <source>Collection is stopped by %1 until it is cleared.</source>
        <translation>因%1已停止催收，直至解除。</translation>
    </message>
    <message>
        <source>The debtor asked not to be contacted through this channel.</source>
        <translation>债务人要求不要通过此渠道联系。</translation>
    </message>
    <message>
        <source>The debtor asked to be contacted only between %1 and %2.</source>
        <translation>债务人要求只在 %1 至 %2 之间联系。</translation>
    </message>
    <message>
        <source>The debtor&apos;s time zone is not known: record the address or the number&apos;s zone first.</source>
        <translation>不知道债务人所在时区：请先记录地址或号码所在时区。</translation>
    </message>
    <message>
        <source>Outside the contact hours %1 in one of the debtor&apos;s time zones.</source>
        <translation>在债务人的某个所在时区，当前不在允许联系时段 %1 内。</translation>
    </message>
    <message>
        <source>Outside the contact hours %1 debtor time.</source>
        <translation>当前不在债务人当地允许联系时段 %1 内。</translation>
    </message>
    <message>
        <source>connected calls</source>
        <translation>次接通电话</translation>
    </message>
    <message>
        <source>unanswered calls</source>
        <translation>次未接通电话</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>次电话</translation>
    </message>
    <message>
        <source>to this number</source>
        <translation>（此号码）</translation>
    </message>
    <message>
        <source>to this debtor</source>
        <translation>（此债务人）</translation>
    </message>
    <message>
        <source>The daily limit of %1 %2 %3 is reached (every collector&apos;s calls count).</source>
        <translation>已达到每日 %1 %2%3的上限（所有催收员的通话都计入）。</translation>
    </message>
    <message>
        <source>This is call %1 of %2 allowed within %3 consecutive days about this debt.</source>
        <translation>这是针对此笔债务在连续 %3 天内允许的 %2 次电话中的第 %1 次。</translation>
    </message>
    <message>
        <source>%1 calls about this debt within %2 consecutive days already.</source>
        <translation>连续 %2 天内已就此笔债务拨打 %1 次电话。</translation>
    </message>
    <message>
        <source>There was a telephone conversation about this debt on %1, day 1 of %2 days without calls.</source>
        <translation>%1 已就此笔债务进行过电话沟通，该日为 %2 天禁拨期的第 1 天。</translation>
    </message>
    <message>
        <source>This number belongs to someone other than the debtor: ask only for the debtor&apos;s contact details and never mention the debt.</source>
        <translation>此号码属于债务人以外的人：只可询问债务人的联系方式，切勿提及债务。</translation>
    </message>
    <message>
        <source>Collect from the debtor only: this number belongs to someone else.</source>
        <translation>只能向债务人本人催收：此号码属于他人。</translation>
    </message>
    <message>
        <source>Collect from the debtor only: a third party may be contacted only after %1 failed attempts to reach the debtor.</source>
        <translation>只能向债务人本人催收：连续 %1 次联系债务人未果后，方可联系第三人。</translation>
    </message>
    <message>
        <source>Visits need at least %1 staff: take a colleague.</source>
        <translation>外访至少需要 %1 名人员：请与同事同行。</translation>
    </message>
    <message>
        <source>Visits need at least %1 staff.</source>
        <translation>外访至少需要 %1 名人员。</translation>
    </message>
    <message>
        <source>Contact allowed until %1.</source>
        <translation>允许联系，至 %1。</translation>
    </message>
    <message>
        <source>Contact allowed.</source>
        <translation>允许联系。</translation>
    </message>
    <message>
        <source>Contact reopens at %1 (%2).</source>
        <translation>可于 %1（%2）重新联系。</translation>
    </message>
    <message>
        <source>This workstation works offline on leased contact budgets and holds none under this limit for this debtor today: sync to lease one.</source>
        <translation>本工作站正在使用租用的联系额度离线工作，今天没有该债务人在此限制下的额度：请同步后再租用。</translation>
    </message>
    <message numerus="yes">
        <source>The offline budget of %n call(s) leased under this limit is spent: sync to return it and lease again.</source>
        <translation>
            <numerusform>在此限制下租用的 %n 次通话离线额度已用完：请同步归还后重新租用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another workstation working offline holds %n call(s) of this limit as its budget: contact reopens when it syncs.</source>
        <translation>
            <numerusform>另一台离线工作的工作站持有此限制下 %n 次通话的额度：它同步后才能再次联系。</numerusform>
        </translation>
    </message>
</context>
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
        <source>The profile&apos;s key file (profile.key) is missing. Restore it from the backup you made with the store; without it the data cannot be opened.</source>
        <translation>配置的密钥文件（profile.key）缺失。请从与数据库一同制作的备份中恢复；没有它，数据无法打开。</translation>
    </message>
    <message>
        <source>The profile&apos;s key file is damaged or is not a Collector Workstation key file. Restore profile.key from a backup.</source>
        <translation>配置的密钥文件已损坏，或不是催收工作台的密钥文件。请从备份中恢复 profile.key。</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>口令不正确。请检查键盘布局和大写锁定键，然后重试。</translation>
    </message>
    <message>
        <source>The key file belongs to a different store. Put this store&apos;s own profile.key back in the profile folder.</source>
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
        <source>The store reported an error. Try again; if it repeats, run &apos;collectorctl verify&apos; on the profile.</source>
        <translation>数据库报告了错误。请重试；如果反复出现，请对该配置运行 “collectorctl verify”。</translation>
    </message>
    <message>
        <source>The encryption library could not start or could not lock memory. Check the memory lock limit (ulimit -l) and try again.</source>
        <translation>加密库无法启动或无法锁定内存。请检查内存锁定上限（ulimit -l）后重试。</translation>
    </message>
</context>
<context>
    <name>FieldDay</name>
    <message>
        <source>No hour of the day allows a visit.</source>
        <translation>当天没有允许外访的时段。</translation>
    </message>
    <message>
        <source>Not one of the collector&apos;s active accounts.</source>
        <translation>不是该催收员名下的在催案件。</translation>
    </message>
    <message>
        <source>The day is full.</source>
        <translation>当天日程已满。</translation>
    </message>
    <message>
        <source>No address of the debtor to visit.</source>
        <translation>债务人没有可外访的地址。</translation>
    </message>
    <message>
        <source>%1 km from the day&apos;s area: another day&apos;s visit.</source>
        <translation>距当日外访区域 %1 公里：请另日安排。</translation>
    </message>
    <message>
        <source>The address has no point and no visit of the day is in its district.</source>
        <translation>该地址没有坐标，且当天没有同一区县的外访。</translation>
    </message>
    <message>
        <source>No time left within the visit hours that day.</source>
        <translation>当天外访时段内已无剩余时间。</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the debtor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>账务记录</translation>
    </message>
    <message>
        <source>the creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>the contact script</source>
        <translation>催收话术</translation>
    </message>
    <message>
        <source>the compliance rules</source>
        <translation>合规规则</translation>
    </message>
    <message>
        <source>the receipt numbers (sync once)</source>
        <translation>收据编号（请先同步一次）</translation>
    </message>
</context>
<context>
    <name>FieldPrint</name>
    <message>
        <source>Friendly reminder</source>
        <translation>友好提醒</translation>
    </message>
    <message>
        <source>Firm visit</source>
        <translation>正式催收外访</translation>
    </message>
    <message>
        <source>Legal notice delivery</source>
        <translation>送达法律文书</translation>
    </message>
    <message>
        <source>Field day %1</source>
        <translation>外访日程 %1</translation>
    </message>
    <message>
        <source>Collector: %1</source>
        <translation>催收员：%1</translation>
    </message>
    <message>
        <source>Visits here need two staff: take a colleague.</source>
        <translation>此处外访须两人同行：请带一名同事。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation>外访时段</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>外访</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未排入</translation>
    </message>
    <message>
        <source>Personal data is masked on this sheet: reveal it in the workstation when at the door. Ask before recording anything; record the visit before leaving.</source>
        <translation>本单中的个人信息已脱敏：到达现场后在工作站中查看。录音录像前须先征得同意；离开前登记外访。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>transfer at the door</source>
        <translation>现场转账</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>For account</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1，同行：%2</translation>
    </message>
    <message>
        <source>Keep this receipt. Its number is unique and ends in a check digit; the creditor can confirm the payment by it.</source>
        <translation>请妥善保管本收据。收据编号唯一，末位为校验码；债权人可凭此编号核实该笔还款。</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder</source>
        <translation>无法写入 %1：请选择其他文件夹</translation>
    </message>
    <message>
        <source>the PDF could not be completed; check the disk space</source>
        <translation>PDF 未能完整写入；请检查磁盘空间</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), %1 km by the route%2</source>
        <translation>
            <numerusform>%n 次外访，路线全程 %1 公里%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (the shortest, the way back included)</source>
        <translation>（最短路线，含返程）</translation>
    </message>
    <message>
        <source> (the way back included)</source>
        <translation>（含返程）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown currency code &apos;%1&apos;</source>
        <translation>未知的币种代码“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2</source>
        <translation>“%1”%2</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>is in the future: the account is not overdue</source>
        <translation>在未来：该账户尚未逾期</translation>
    </message>
    <message>
        <source>not a valid resident id number (length, date or check character)</source>
        <translation>不是有效的居民身份证号码（长度、日期或校验码有误）</translation>
    </message>
    <message>
        <source>unknown: add a valid IANA time_zone or a state column</source>
        <translation>未知：请添加有效的 IANA time_zone 或省份列</translation>
    </message>
    <message>
        <source>no phone number: a mobile or landline is required</source>
        <translation>没有电话号码：需要手机或固定电话</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>不是电子邮件地址</translation>
    </message>
    <message>
        <source>the account is in %1; an update cannot change its currency</source>
        <translation>该账户的币种为 %1；更新不能更改币种</translation>
    </message>
    <message>
        <source>missing: without it a payment could be counted twice</source>
        <translation>缺失：没有它，同一笔还款可能被重复计入</translation>
    </message>
    <message>
        <source>no such account for this creditor</source>
        <translation>该委托方没有此账户</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>在未来</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>not an amount: %1</source>
        <translation>不是金额：%1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式不对</translation>
    </message>
    <message>
        <source>nothing after the decimal point</source>
        <translation>小数点后没有数字</translation>
    </message>
    <message>
        <source>more decimals than the currency has</source>
        <translation>小数位数超过该币种允许的位数</translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置不对</translation>
    </message>
    <message>
        <source>not a number, or too large</source>
        <translation>不是数字，或数值过大</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number is empty</source>
        <translation>电话号码为空</translation>
    </message>
    <message>
        <source>phone number cannot be read</source>
        <translation>无法识别电话号码</translation>
    </message>
    <message>
        <source>phone number does not exist in its numbering plan</source>
        <translation>该号码不在其所属号码计划中</translation>
    </message>
</context>
<context>
    <name>PlanAgreement</name>
    <message>
        <source>equal instalments</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>flat interest</source>
        <translation>固定利息</translation>
    </message>
    <message>
        <source>interest-free instalments</source>
        <translation>免息分期</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>一次性结清</translation>
    </message>
    <message>
        <source>Repayment plan agreement</source>
        <translation>还款计划协议</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>债权人</translation>
    </message>
    <message>
        <source>Account reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划方式</translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation>计划编号</translation>
    </message>
    <message>
        <source>The debtor agrees to pay the amounts below on or before their due dates. The creditor will not ask for more while the plan is kept.</source>
        <translation>债务人同意在下列到期日当日或之前支付相应款项。计划履行期间，债权人不再另行催收。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
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
        <source>Balance after</source>
        <translation>剩余余额</translation>
    </message>
    <message>
        <source>Total to pay:</source>
        <translation>应付总额：</translation>
    </message>
    <message>
        <source>Of which interest:</source>
        <translation>其中利息：</translation>
    </message>
    <message>
        <source>Waived once every payment is made:</source>
        <translation>全部按期付清后减免：</translation>
    </message>
    <message>
        <source>If a payment is more than %1 days late, the creditor may end the plan; what is still unpaid is then due in full, less what was paid.</source>
        <translation>如任一期付款逾期超过 %1 天，债权人可终止本计划；届时尚未支付的款项（扣除已付金额）全部到期。</translation>
    </message>
    <message>
        <source>If your circumstances change, contact us before a payment is missed: the plan can be reviewed.</source>
        <translation>如您的情况发生变化，请在错过付款前联系我们，计划可以重新商议。</translation>
    </message>
    <message>
        <source>Signed for the creditor</source>
        <translation>债权人签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signed by the debtor</source>
        <translation>债务人签字</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>instalment %1 is %2; the creditor&apos;s minimum is %3</source>
        <translation>第 %1 期为 %2，债权人规定的最低每期金额为 %3</translation>
    </message>
    <message>
        <source>%1 instalments; the creditor allows at most %2</source>
        <translation>%1 期，债权人最多允许 %2 期</translation>
    </message>
    <message>
        <source>a discount of %1 on %2 is more than the %3 % a %4 may give</source>
        <translation>在 %2 上减免 %1，超过了 %4 可给予的 %3%</translation>
    </message>
    <message>
        <source>the largest instalment, %1, is more than the %2 the budget sustains</source>
        <translation>最大一期金额 %1 超过了预算可承受的 %2</translation>
    </message>
    <message>
        <source>The plan breaks the rule %1: %2</source>
        <translation>计划违反规则 %1：%2</translation>
    </message>
    <message>
        <source>The account already has a plan with instalments until %1. Ask your team lead to end it before agreeing a new one.</source>
        <translation>该账户已有还款计划，分期至 %1。如需新计划，请先请组长终止原计划。</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Yes, I can pay that on Friday.</source>
        <translation>可以，我周五能还上。</translation>
    </message>
    <message>
        <source>I&apos;m busy right now. Call me back next week.</source>
        <translation>我现在很忙，下周再打给我吧。</translation>
    </message>
    <message>
        <source>I&apos;m not paying anything.</source>
        <translation>我一分钱都不还。</translation>
    </message>
    <message>
        <source>I don&apos;t owe this. I never had an account with them.</source>
        <translation>我没欠这笔钱，我从来没在他们那儿开过户。</translation>
    </message>
    <message>
        <source>I lost my job last month... I can&apos;t pay anything right now.</source>
        <translation>我上个月失业了……现在实在还不起。</translation>
    </message>
    <message>
        <source>I can&apos;t pay it all at once.</source>
        <translation>我没法一次还清。</translation>
    </message>
    <message>
        <source>Yes, speaking.</source>
        <translation>是我，请讲。</translation>
    </message>
    <message>
        <source>Who wants to know? ... Fine, it&apos;s me.</source>
        <translation>你是谁？……好吧，是我。</translation>
    </message>
    <message>
        <source>Yes. What is this about?</source>
        <translation>是我。什么事？</translation>
    </message>
    <message>
        <source>Yes... who is this? Is something wrong?</source>
        <translation>是我……您是哪位？出什么事了吗？</translation>
    </message>
    <message>
        <source>Why do you need that? ... All right: 12 March 1985.</source>
        <translation>问这个干什么？……好吧，1985 年 3 月 12 日。</translation>
    </message>
    <message>
        <source>It&apos;s 12 March 1985.</source>
        <translation>1985 年 3 月 12 日。</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>A promise due %1 was kept.</source>
        <translation>%1 到期的承诺已履行。</translation>
    </message>
    <message>
        <source>A promise due %1 was broken.</source>
        <translation>%1 到期的承诺未履行。</translation>
    </message>
    <message>
        <source>The debtor asked to be called back at %1.</source>
        <translation>债务人要求在 %1 回电。</translation>
    </message>
    <message>
        <source>A promise of %1 is due today.</source>
        <translation>今日到期承诺还款 %1。</translation>
    </message>
    <message>
        <source>A promise was broken yesterday.</source>
        <translation>昨日有承诺未履行。</translation>
    </message>
    <message>
        <source>New placement, not contacted yet.</source>
        <translation>新委案，尚未联系。</translation>
    </message>
    <message>
        <source>A plan instalment was missed.</source>
        <translation>分期计划有一期未还。</translation>
    </message>
    <message>
        <source>Balance %1.</source>
        <translation>余额 %1。</translation>
    </message>
    <message>
        <source>%1 days past due.</source>
        <translation>逾期 %1 天。</translation>
    </message>
    <message>
        <source>Stage %1.</source>
        <translation>阶段：%1。</translation>
    </message>
    <message>
        <source>Reached the debtor in the last 30 days.</source>
        <translation>近 30 天内联系到债务人本人。</translation>
    </message>
    <message>
        <source>Contacted %1; the %2 cadence is every %3 day(s).</source>
        <translation>已于 %1 联系；%2 阶段的联系频率为每 %3 天一次。</translation>
    </message>
    <message>
        <source>%1 days past due: consider legal referral.</source>
        <translation>已逾期 %1 天：可考虑转法务处理。</translation>
    </message>
    <message>
        <source>Not now: %1 (%2).</source>
        <translation>暂不可联系：%1（%2）。</translation>
    </message>
    <message>
        <source>current</source>
        <translation>未逾期</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This conflict cannot be settled here: %1.%2</source>
        <translation>此冲突无法在这里处理：%1.%2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Offline: the hub cannot be reached; work goes on and syncs later</source>
        <translation>离线：无法连接中心服务器；可以继续工作，稍后再同步</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted: ask an administrator</source>
        <translation>中心服务器的证书不受信任：请联系管理员</translation>
    </message>
    <message>
        <source>This workstation was revoked: ask an administrator to enrol it again</source>
        <translation>此工作站已被吊销：请管理员重新注册</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with the hub: enrol it</source>
        <translation>此工作站尚未在中心服务器注册：请先注册</translation>
    </message>
    <message>
        <source>The hub refused the request: %1</source>
        <translation>中心服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The hub failed; sync will try again: %1</source>
        <translation>中心服务器出错，稍后将重试同步：%1</translation>
    </message>
    <message>
        <source>This workstation&apos;s store failed during sync: %1</source>
        <translation>同步时本工作站的存储出错：%1</translation>
    </message>
    <message>
        <source>The hub address must start with https://</source>
        <translation>中心服务器地址必须以 https:// 开头</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Hub certificate not trusted</source>
        <translation>中心服务器证书不受信任</translation>
    </message>
    <message>
        <source>Workstation revoked</source>
        <translation>工作站已被吊销</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>被中心服务器拒绝</translation>
    </message>
    <message>
        <source>Hub error</source>
        <translation>中心服务器出错</translation>
    </message>
    <message>
        <source>Store error</source>
        <translation>本地存储出错</translation>
    </message>
    <message>
        <source>The receiving profile&apos;s key must be the 32-byte key &quot;pack key&quot; printed there</source>
        <translation>接收方配置文件的密钥必须是其“pack key”输出的 32 字节密钥</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 已存在；请换一个文件名</translation>
    </message>
    <message>
        <source>cannot write the pack %1: %2</source>
        <translation>无法写入离线包 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the pack %1: %2</source>
        <translation>无法读取离线包 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a pack</source>
        <translation>%1 过大，不是离线包</translation>
    </message>
    <message>
        <source>%1 is not an offline pack</source>
        <translation>%1 不是离线包</translation>
    </message>
    <message>
        <source>the pack %1 is cut short</source>
        <translation>离线包 %1 不完整</translation>
    </message>
    <message>
        <source>the pack was sealed for another profile, or changed after it was sealed; nothing was imported</source>
        <translation>该离线包是为其他配置文件封装的，或封装后被改动过；未导入任何内容</translation>
    </message>
    <message>
        <source>the pack&apos;s contents are not a batch of changes this version understands; nothing was imported</source>
        <translation>离线包的内容不是本版本能识别的更改批次；未导入任何内容</translation>
    </message>
    <message>
        <source>the pack holds a malformed operation; nothing was imported</source>
        <translation>离线包中有格式错误的操作；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Payment or charge</source>
        <translation>还款或费用</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Plan instalment</source>
        <translation>计划分期</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>外访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stop event</source>
        <translation>停催事件</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Compliance override</source>
        <translation>合规豁免</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Contact budget</source>
        <translation>联系额度</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>only a blocked contact needs an override</source>
        <translation>只有被阻止的联系才需要特批</translation>
    </message>
    <message>
        <source>rule %1 cannot be overridden by anyone</source>
        <translation>规则 %1 不允许任何人特批</translation>
    </message>
    <message>
        <source>only a team lead may override a block</source>
        <translation>只有组长可以特批被阻止的联系</translation>
    </message>
    <message>
        <source>write the reason for the override (at least %1 characters)</source>
        <translation>请填写特批理由（至少 %1 个字符）</translation>
    </message>
    <message>
        <source>an override names its account and its lead</source>
        <translation>特批须注明案件和组长</translation>
    </message>
    <message>
        <source>sync once before taking payments in the field: the hub numbers this workstation&apos;s receipts</source>
        <translation>外访收款前请先同步一次：本工作站的收据编号由中心服务器分配</translation>
    </message>
    <message>
        <source>the address visited is not one of the debtor&apos;s: choose it again</source>
        <translation>所访地址不属于该债务人：请重新选择</translation>
    </message>
    <message>
        <source>nobody was met: the outcome is &quot;no answer&quot; (or a wrong address)</source>
        <translation>未见到任何人：结果应为“无人接听”（或地址错误）</translation>
    </message>
    <message>
        <source>someone was met: choose what came of it instead of &quot;no answer&quot;</source>
        <translation>已见到人：请选择实际结果，而不是“无人接听”</translation>
    </message>
    <message>
        <source>only the debtor in person can promise, dispute or be the right party</source>
        <translation>只有债务人本人才能承诺还款、提出异议或作为本人联系</translation>
    </message>
    <message>
        <source>nobody was met, so nobody was asked about recording</source>
        <translation>未见到任何人，因此无人被征询录音录像</translation>
    </message>
    <message>
        <source>the companion is a colleague, not yourself: choose who came along</source>
        <translation>同行人员应为同事而非本人：请选择同行者</translation>
    </message>
    <message>
        <source>nobody was met, so no payment was taken</source>
        <translation>未见到任何人，因此不可能收款</translation>
    </message>
    <message>
        <source>enter the amount received, more than zero and at most 1,000,000</source>
        <translation>请输入收款金额：大于零且不超过 1,000,000</translation>
    </message>
    <message>
        <source>the account is kept in %1: enter the payment in %1</source>
        <translation>该案件以 %1 记账：请以 %1 输入还款</translation>
    </message>
    <message>
        <source>the file is not a JPEG or PNG photo: choose the photo again</source>
        <translation>该文件不是 JPEG 或 PNG 照片：请重新选择</translation>
    </message>
    <message>
        <source>the photo is larger than 8 MiB: take it at a lower resolution</source>
        <translation>照片大于 8 MiB：请以较低分辨率拍摄</translation>
    </message>
    <message>
        <source>no such visit: record the visit first</source>
        <translation>没有这次外访：请先登记外访</translation>
    </message>
    <message>
        <source>the settlement amount must be more than zero and at most the balance</source>
        <translation>结清金额须大于零且不超过余额</translation>
    </message>
    <message>
        <source>a settlement is paid at once or in at most 12 instalments</source>
        <translation>结清须一次付清或最多分 12 期</translation>
    </message>
    <message>
        <source>principal must be more than zero</source>
        <translation>本金须大于零</translation>
    </message>
    <message>
        <source>principal is too large for an exact schedule</source>
        <translation>本金过大，无法精确计算还款计划</translation>
    </message>
    <message>
        <source>term must be between 1 and 600 instalments</source>
        <translation>期数须在 1 到 600 期之间</translation>
    </message>
    <message>
        <source>annual rate must be between 0 % and 1000 %</source>
        <translation>年利率须在 0% 到 1000% 之间</translation>
    </message>
    <message>
        <source>start date is missing</source>
        <translation>缺少起始日期</translation>
    </message>
    <message>
        <source>every_n_days must be between 1 and 366</source>
        <translation>every_n_days 须在 1 到 366 之间</translation>
    </message>
    <message>
        <source>the first due date must come after the start date</source>
        <translation>首期还款日须晚于起始日期</translation>
    </message>
    <message>
        <source>grace periods must leave at least one instalment that repays principal</source>
        <translation>宽限期后须至少留有一期偿还本金</translation>
    </message>
    <message>
        <source>instalment multiple cannot be negative</source>
        <translation>每期金额取整倍数不能为负</translation>
    </message>
    <message>
        <source>the down payment must be less than the principal</source>
        <translation>首付款须小于本金</translation>
    </message>
    <message>
        <source>fees cannot be negative</source>
        <translation>费用不能为负</translation>
    </message>
    <message>
        <source>the balloon must be less than the amount repaid</source>
        <translation>尾款须小于偿还总额</translation>
    </message>
    <message>
        <source>a payment holiday lasts at most 24 periods</source>
        <translation>还款假期最长 24 期</translation>
    </message>
    <message>
        <source>choose the account the contact was about</source>
        <translation>请选择这次联系所涉及的案件</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters: shorten it</source>
        <translation>备注超过 %1 个字符：请缩短</translation>
    </message>
    <message>
        <source>enter the amount the debtor promised</source>
        <translation>请输入债务人承诺的金额</translation>
    </message>
    <message>
        <source>enter the date of the promised payment, today or later</source>
        <translation>请输入承诺还款日期（今天或以后）</translation>
    </message>
    <message>
        <source>a payment more than %1 days away is a plan: build one in the plan panel</source>
        <translation>超过 %1 天后的还款属于还款计划：请在还款计划面板中制定</translation>
    </message>
    <message>
        <source>enter when the debtor asked to be called back</source>
        <translation>请输入债务人要求回电的时间</translation>
    </message>
    <message>
        <source>contact blocked by rule %1: it cannot be logged as made</source>
        <translation>联系被规则 %1 阻止：不能登记为已进行</translation>
    </message>
    <message>
        <source>plan rules: min_instalment must be an amount like &quot;50.00&quot;</source>
        <translation>计划规则：min_instalment 须为金额，如 &quot;50.00&quot;</translation>
    </message>
    <message>
        <source>plan rules: %1 must be a whole number from 0 to 1000</source>
        <translation>计划规则：%1 须为 0 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>plan rules: a discount is at most 100 %</source>
        <translation>计划规则：减免最多 100%</translation>
    </message>
    <message>
        <source>the creditor&apos;s plan rules are not a JSON object; ask an admin to fix them</source>
        <translation>债权人的计划规则不是 JSON 对象；请管理员修正</translation>
    </message>
    <message>
        <source>the plan&apos;s currency is not the account&apos;s</source>
        <translation>计划币种与案件币种不一致</translation>
    </message>
    <message>
        <source>the plan has nothing to pay</source>
        <translation>该计划没有需要偿还的金额</translation>
    </message>
</context>
<context>
    <name>collector::ui::AccountHistory</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线沟通</translation>
    </message>
    <message>
        <source>Placed with us</source>
        <translation>委案入催</translation>
    </message>
    <message>
        <source>Interest charged</source>
        <translation>计收利息</translation>
    </message>
    <message>
        <source>Fee charged</source>
        <translation>计收费用</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>还款冲正</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Charges and adjustments</source>
        <translation>计费与调整</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation>停催事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 from the debtor · %2</source>
        <translation>债务人来%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>还款 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Promise of %1 due %2 · %3</source>
        <translation>承诺 %2 前还款 %1 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Plan agreed: %n instalment(s), %1 in all, until %2</source>
        <translation>
            <numerusform>约定还款计划：%n 期，合计 %1，至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit · %1</source>
        <translation>上门 · %1</translation>
    </message>
    <message>
        <source>Cleared: %1</source>
        <translation>已解除：%1</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>已登记%1</translation>
    </message>
    <message>
        <source>call</source>
        <translation>通话承诺</translation>
    </message>
    <message>
        <source>plan, instalment %1</source>
        <translation>还款计划第 %1 期</translation>
    </message>
</context>
<context>
    <name>collector::ui::AccountWorkspace</name>
    <message>
        <source>Dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Cease request</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>破产</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Breathing space</source>
        <translation>喘息期</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>法律冻结</translation>
    </message>
    <message>
        <source>early</source>
        <translation>早期</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>late</source>
        <translation>后期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Debtor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Shows this field in clear; every reveal is recorded in the audit trail.</source>
        <translation>以明文显示此项；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact points&lt;/b&gt;</source>
        <translation>&lt;b&gt;联系方式&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reveal contact</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>Shows the selected contact point in clear; recorded in the audit trail.</source>
        <translation>以明文显示所选联系方式；记入审计日志。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Contact now</source>
        <translation>当前可否联系</translation>
    </message>
    <message numerus="yes">
        <source>Stage %1 · %n day(s) past due</source>
        <translation>
            <numerusform>%1阶段 · 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (principal %2, interest %3, fees %4) · paid %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（本金 %2，利息 %3，费用 %4）· 已还 %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>时区未知</translation>
    </message>
    <message>
        <source>not on record</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Allowed until %1</source>
        <translation>允许联系，至 %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许联系</translation>
    </message>
    <message>
        <source>Allowed with care (%1)</source>
        <translation>允许联系，请注意（%1）</translation>
    </message>
    <message>
        <source>Blocked (%1) — reopens %2</source>
        <translation>禁止联系（%1）— %2 可重新联系</translation>
    </message>
    <message>
        <source>Blocked (%1) — until cleared</source>
        <translation>禁止联系（%1）— 直至解除</translation>
    </message>
</context>
<context>
    <name>collector::ui::AssignmentDialog</name>
    <message>
        <source>Assign work</source>
        <translation>分配工作</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任意阶段</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>早期</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>当前持有人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Days past due, &amp;from:</source>
        <translation>逾期天数，从(&amp;F)：</translation>
    </message>
    <message>
        <source>Days past due, &amp;to:</source>
        <translation>逾期天数，至(&amp;T)：</translation>
    </message>
    <message>
        <source>Debtor&apos;s &amp;language:</source>
        <translation>债务人语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Balance at &amp;least:</source>
        <translation>余额不低于(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Find accounts</source>
        <translation>查找账户(&amp;F)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Collectors and their load (tick those to spread over):</source>
        <translation>催收员及其工作量（勾选要分摊到的人）：</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>在催账户</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Spread &amp;evenly over the ticked collectors</source>
        <translation>平均分摊给勾选的催收员(&amp;E)</translation>
    </message>
    <message>
        <source>The loads cannot be read: %1</source>
        <translation>无法读取工作量：%1</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>The accounts cannot be read: %1</source>
        <translation>无法读取账户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match.</source>
        <translation>
            <numerusform>共 %n 个账户符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>未移交任何账户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) moved; the change reaches the hub with the next sync.</source>
        <translation>
            <numerusform>已移交 %n 个账户；下次同步时变更会送达中心。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the collectors to spread the accounts over.</source>
        <translation>请勾选要分摊账户的催收员。</translation>
    </message>
    <message>
        <source>Select accounts to move only those; with none selected, every one listed moves.</source>
        <translation>选中案件则只调整选中的；未选中时调整列出的全部案件。</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>调整给(&amp;M)</translation>
    </message>
</context>
<context>
    <name>collector::ui::BudgetForm</name>
    <message>
        <source>Affordability (monthly)</source>
        <translation>还款能力（每月）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Income&lt;/b&gt;</source>
        <translation>&lt;b&gt;收入&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Salary</source>
        <translation>工资(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Benefits</source>
        <translation>补贴(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Other income</source>
        <translation>其他收入(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spending&lt;/b&gt;</source>
        <translation>&lt;b&gt;支出&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房(&amp;H)</translation>
    </message>
    <message>
        <source>F&amp;ood</source>
        <translation>饮食(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Utilities</source>
        <translation>水电燃气(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>交通(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>子女(&amp;C)</translation>
    </message>
    <message>
        <source>Other &amp;debts</source>
        <translation>其他债务(&amp;D)</translation>
    </message>
    <message>
        <source>Ot&amp;her</source>
        <translation>其他(&amp;H)</translation>
    </message>
    <message>
        <source>Enter an amount, like 1,200.00</source>
        <translation>请输入金额，例如 1,200.00</translation>
    </message>
    <message>
        <source>Enter the debtor&apos;s income to check the plans against their budget.</source>
        <translation>输入债务人的收入，即可按其预算检查各计划。</translation>
    </message>
    <message>
        <source>Disposable income: &lt;b&gt;%1 %2&lt;/b&gt; a month.</source>
        <translation>可支配收入：每月 &lt;b&gt;%1 %2&lt;/b&gt;。</translation>
    </message>
</context>
<context>
    <name>collector::ui::ContactLogDialog</name>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Third party answered</source>
        <translation>第三人接听</translation>
    </message>
    <message>
        <source>Spoke with the debtor</source>
        <translation>与债务人本人通话</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <source>Disputes the debt</source>
        <translation>对债务有异议</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>经济困难</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>要求回电</translation>
    </message>
    <message>
        <source>Says already paid</source>
        <translation>称已还款</translation>
    </message>
    <message>
        <source>Reported deceased</source>
        <translation>报告已故</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Outcome (press its key):</source>
        <translation>联系结果（按对应键）：</translation>
    </message>
    <message>
        <source>The debtor called us</source>
        <translation>债务人来电</translation>
    </message>
    <message>
        <source>(not noted)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Evasive</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>敌对</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>情绪困扰</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>反应(&amp;R)：</translation>
    </message>
    <message>
        <source>amount in %1</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Pay &amp;by:</source>
        <translation>还款日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Call back at (debtor time):</source>
        <translation>回电时间（债务人当地时间）：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Enter the promised amount, like 1,250.00.</source>
        <translation>请输入承诺金额，例如 1,250.00。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
</context>
<context>
    <name>collector::ui::DashboardWindow</name>
    <message>
        <source>Team dashboard</source>
        <translation>团队看板</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ollector:</source>
        <translation>催收员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Collected</source>
        <translation>回款(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>比率(&amp;A)</translation>
    </message>
    <message>
        <source>Ro&amp;ll matrix</source>
        <translation>逾期迁徙矩阵(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Leaderboard</source>
        <translation>排行榜(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;mpliance</source>
        <translation>合规(&amp;M)</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Tables as C&amp;SV…</source>
        <translation>表格导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>早期</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>The period ends before it starts: set From to the first day and To to the last.</source>
        <translation>期间的结束日早于开始日：“从”填第一天，“至”填最后一天。</translation>
    </message>
    <message>
        <source>The measures cannot be read: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 中的 %2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Right party per call</source>
        <translation>每次外呼的本人接通率</translation>
    </message>
    <message>
        <source>Promise rate</source>
        <translation>承诺率</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>承诺兑现率</translation>
    </message>
    <message>
        <source>Cured</source>
        <translation>转正常</translation>
    </message>
    <message>
        <source>Calls per active hour</source>
        <translation>每活跃小时外呼数</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>外访：%1</translation>
    </message>
    <message>
        <source>Collected so far, by day of the period (%1)</source>
        <translation>期间内逐日累计回款（%1）</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期间</translation>
    </message>
    <message>
        <source>Rates, this period and the one before</source>
        <translation>各项比率：本期与上期</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>本人接通</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>兑现</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Rows: days past due the day before the period; columns: at its end.</source>
        <translation>行：期间前一天的逾期天数；列：期末的逾期天数。</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>Right party, mix-adjusted</source>
        <translation>本人接通（结构调整后）</translation>
    </message>
    <message>
        <source>Kept, mix-adjusted</source>
        <translation>兑现（结构调整后）</translation>
    </message>
    <message>
        <source>Cured, mix-adjusted</source>
        <translation>转正常（结构调整后）</translation>
    </message>
    <message>
        <source>Blocked contacts</source>
        <translation>被拦截的联系</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation>停催事件</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder</source>
        <translation>无法写入 %1：请选择其他文件夹</translation>
    </message>
    <message>
        <source>the image could not be completed; check the disk space</source>
        <translation>图片未能完整写入；请检查磁盘空间</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Roll matrix</source>
        <translation>逾期迁徙矩阵</translation>
    </message>
    <message>
        <source>the file could not be completed; check the disk space</source>
        <translation>文件未能完整写入；请检查磁盘空间</translation>
    </message>
    <message>
        <source>Team dashboard: %1 to %2</source>
        <translation>团队看板：%1 至 %2</translation>
    </message>
    <message>
        <source>the PDF could not be completed; check the disk space</source>
        <translation>PDF 未能完整写入；请检查磁盘空间</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>期间第几天</translation>
    </message>
    <message>
        <source>Accounts from %1 to %2 days past due</source>
        <translation>逾期天数从 %1 变为 %2 的账户</translation>
    </message>
    <message>
        <source>Accounts with a compliance exception</source>
        <translation>有合规例外的账户</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) — double-click one to open it.</source>
        <translation>
            <numerusform>共 %n 个账户 — 双击打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Accounts that paid in the period</source>
        <translation>期间内有回款的账户</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / 目标 %2（%3）</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>目标完成</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Cre&amp;ditor:</source>
        <translation>委托方(&amp;D)：</translation>
    </message>
    <message>
        <source>Plac&amp;ement:</source>
        <translation>委案批次(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Vintages</source>
        <translation>按委案月份(&amp;V)</translation>
    </message>
    <message>
        <source>All creditors</source>
        <translation>全部委托方</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>委案月份</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户数</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>委案金额</translation>
    </message>
    <message>
        <source>Collected since</source>
        <translation>累计回款</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>回收率</translation>
    </message>
    <message>
        <source>Everything collected up to the period&apos;s end on the accounts placed in a month, against the balance placed.</source>
        <translation>某月委案的账户截至期末的全部回款，与委案余额相比。</translation>
    </message>
    <message>
        <source>Vintages</source>
        <translation>按委案月份</translation>
    </message>
    <message>
        <source>Team: %1 · Collector: %2 · Stage: %3 · Creditor: %4 · Placement: %5</source>
        <translation>团队：%1 · 催收员：%2 · 阶段：%3 · 委托方：%4 · 批次：%5</translation>
    </message>
    <message>
        <source>Tre&amp;nds</source>
        <translation>趋势(&amp;N)</translation>
    </message>
    <message>
        <source>Rates week by week, this period and the one before</source>
        <translation>逐周比率：本期与上期</translation>
    </message>
    <message>
        <source>%1, before</source>
        <translation>%1（上期）</translation>
    </message>
    <message>
        <source>%1, this period</source>
        <translation>%1（本期）</translation>
    </message>
    <message>
        <source>week of the period</source>
        <translation>期间第几周</translation>
    </message>
    <message>
        <source>Reading the measures…</source>
        <translation>正在读取指标…</translation>
    </message>
</context>
<context>
    <name>collector::ui::FieldDayWindow</name>
    <message>
        <source>Field day</source>
        <translation>外访日程</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>排程(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>出发时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Visits at most:</source>
        <translation>最多外访(&amp;V)：</translation>
    </message>
    <message>
        <source>Days &amp;offline:</source>
        <translation>离线天数(&amp;O)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation>外访时段</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>外访</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Not planned:</source>
        <translation>未排入：</translation>
    </message>
    <message>
        <source>Prepare for &amp;field day</source>
        <translation>外访准备(&amp;F)</translation>
    </message>
    <message>
        <source>Day &amp;sheet (PDF)…</source>
        <translation>日程单 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record visit…</source>
        <translation>登记外访(&amp;R)…</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>外访日程单</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The day sheet was not written: %1</source>
        <translation>日程单未写入：%1</translation>
    </message>
    <message>
        <source>The day could not be planned: %1</source>
        <translation>无法安排当天日程：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1，%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) on %1, %2 km by the route%3.</source>
        <translation>
            <numerusform>%1 共 %n 次外访，路线全程 %2 公里%3。</numerusform>
        </translation>
    </message>
    <message>
        <source> (the shortest)</source>
        <translation>（最短路线）</translation>
    </message>
    <message>
        <source>Visits need two staff: take a colleague.</source>
        <translation>外访须两人同行：请带一名同事。</translation>
    </message>
    <message>
        <source>Nothing to prepare: plan a day with visits first.</source>
        <translation>没有可准备的内容：请先安排有外访的日程。</translation>
    </message>
    <message>
        <source>Syncing and leasing contact budgets for these accounts…</source>
        <translation>正在同步并为这些案件租用联系额度…</translation>
    </message>
    <message>
        <source>Not prepared: %1</source>
        <translation>未完成准备：%1</translation>
    </message>
    <message>
        <source>This workstation: %1</source>
        <translation>本工作站：%1</translation>
    </message>
    <message>
        <source>%1 is missing %2</source>
        <translation>%1 缺少：%2</translation>
    </message>
    <message>
        <source>Not ready to work offline. Sync again or leave these visits out:</source>
        <translation>尚不能离线工作。请再次同步，或去掉以下外访：</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the field: %n visit(s) kept on this workstation with everything they need.</source>
        <translation>
            <numerusform>外访准备就绪：%n 次外访及所需资料均已保存在本工作站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact budget(s) leased until %1.</source>
        <translation>
            <numerusform>已租用 %n 份联系额度，有效至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the day sheet was written but the audit trail was not</source>
        <translation>日程单已写入，但审计记录未写入</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) without a map point: their order and times are estimates.</source>
        <translation>
            <numerusform>%n 个地址没有地图坐标：其顺序和时间为估计。</numerusform>
        </translation>
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
        <source>The lender&apos;s code, for example HXCF</source>
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
            <numerusform>按 %1 读取，%2分隔，共 %n 列。请核对每个字段对应的列；带 * 的字段为必填。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Enter the creditor&apos;s code first.</source>
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
            <numerusform>加密数据库 · SQLCipher %1 · 结构版本 %2 · 闲置 %n 分钟后锁定</numerusform>
        </translation>
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
            <numerusform>案件总数：%n 件</numerusform>
        </translation>
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
            <numerusform>本配置中有 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to account…</source>
        <translation>转到案件(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>转到案件</translation>
    </message>
    <message>
        <source>The lender&apos;s account reference:</source>
        <translation>委托方案件编号：</translation>
    </message>
    <message>
        <source>No account has the reference you typed. Check it against the lender&apos;s file and try again.</source>
        <translation>没有与所输入编号对应的案件。请对照委托方文件核对后重试。</translation>
    </message>
    <message>
        <source>Account not opened</source>
        <translation>案件未打开</translation>
    </message>
    <message>
        <source>Debtor time: %1 (%2)</source>
        <translation>债务人当地时间：%1（%2）</translation>
    </message>
    <message>
        <source>Debtor time: unknown zone</source>
        <translation>债务人当地时间：时区未知</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系许可：%1</translation>
    </message>
    <message>
        <source>Contact: no contact point on record</source>
        <translation>联系许可：无联系方式记录</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Open an account and choose a contact point first.</source>
        <translation>请先打开案件并选择一个联系方式。</translation>
    </message>
    <message>
        <source>Contact not logged</source>
        <translation>联系未记录</translation>
    </message>
    <message>
        <source>Contact not allowed now</source>
        <translation>当前不允许联系</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>Log the debtor&apos;s call to us</source>
        <translation>记录债务人来电</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>已记录联系。</translation>
    </message>
    <message>
        <source>Open &amp;queue for…</source>
        <translation>打开队列(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Next account in queue</source>
        <translation>队列中的下一个案件(&amp;N)</translation>
    </message>
    <message>
        <source>Open queue</source>
        <translation>打开队列</translation>
    </message>
    <message>
        <source>Collector:</source>
        <translation>催收员：</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n account(s), %2 not now</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n 个案件，%2 个暂不可联系</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the queue.</source>
        <translation>已到队列末尾。</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>%n 分钟后锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in on this workstation yet. An administrator assigns it to its user with: collectorctl users assign-device --login LOGIN</source>
        <translation>本工作站尚无登录用户。请管理员用以下命令指定其使用者：collectorctl users assign-device --login 登录名</translation>
    </message>
    <message>
        <source>Open the queue of a collector in your team with Ctrl+Shift+Q.</source>
        <translation>按 Ctrl+Shift+Q 打开本组催收员的队列。</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nobody is signed in on this workstation. An administrator assigns it to its user with: collectorctl users assign-device --login LOGIN</source>
        <translation>本工作站没有登录用户。请管理员用以下命令指定其使用者：collectorctl users assign-device --login 登录名</translation>
    </message>
    <message>
        <source>This account is assigned outside your work. Ask your team lead to reassign it if you need to work it.</source>
        <translation>此账户不在您的分配范围内。如需处理，请找组长重新分配。</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>特批放行…</translation>
    </message>
    <message>
        <source>A team lead may lift this block for one contact, with a written reason.</source>
        <translation>组长可填写理由，为一次联系解除此限制。</translation>
    </message>
    <message>
        <source>Nobody may override this rule.</source>
        <translation>此规则任何人都不能特批放行。</translation>
    </message>
    <message>
        <source>Override not recorded</source>
        <translation>特批未记录</translation>
    </message>
    <message numerus="yes">
        <source>Override recorded: one contact allowed for the next %n minute(s).</source>
        <translation>
            <numerusform>特批已记录：接下来 %n 分钟内允许一次联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>No collectors in your team are on record yet.</source>
        <translation>本组尚无催收员记录。</translation>
    </message>
    <message>
        <source>That queue belongs to another team.</source>
        <translation>该队列属于其他小组。</translation>
    </message>
    <message>
        <source>Repayment &amp;plan…</source>
        <translation>还款计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Open an account first.</source>
        <translation>请先打开一个案件。</translation>
    </message>
    <message>
        <source>Plan panel</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Practi&amp;se a call…</source>
        <translation>模拟通话练习(&amp;S)…</translation>
    </message>
    <message>
        <source>Practice call</source>
        <translation>模拟通话练习</translation>
    </message>
    <message>
        <source>Practice calls run on a demo profile only, never on real accounts. Create one with: collectorctl demo --profile DIR</source>
        <translation>模拟通话只在演示档案上进行，绝不使用真实案件。可用以下命令创建：collectorctl demo --profile 目录</translation>
    </message>
    <message>
        <source>Sync: paused while locked</source>
        <translation>同步：锁定期间暂停</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Sync &amp;panel…</source>
        <translation>同步面板(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to send</source>
        <translation>
            <numerusform>%1 · 待发送 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lease contact budgets: %1</source>
        <translation>无法租用联系额度：%1</translation>
    </message>
    <message>
        <source>The hub had no contact allowance left to lease for your accounts: while offline, no call under a contact limit can be made.</source>
        <translation>中心已没有可租给您账户的联系额度：离线期间，受联系次数限制的通话都不能拨打。</translation>
    </message>
    <message numerus="yes">
        <source>Leased %n contact budget(s), %1 calls in all, until %2. Calls are now limited to these budgets; Sync now (F5) returns what is left.</source>
        <translation>
            <numerusform>已租用 %n 份联系额度，共 %1 次通话，有效至 %2。通话现在只能在这些额度内进行；“立即同步”（F5）会归还剩余额度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <source>Work &amp;offline…</source>
        <translation>离线工作(&amp;O)…</translation>
    </message>
    <message>
        <source>Lease contact budgets for how many days without network?
Calls are then limited to what the budgets allow until you sync again.</source>
        <translation>要为多少天无网络的工作租用联系额度？
在再次同步之前，通话次数以额度为限。</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>看板(&amp;D)…</translation>
    </message>
    <message>
        <source>The dashboard needs a signed-in user: an administrator assigns this workstation with collectorctl users assign-device.</source>
        <translation>看板需要已登录的用户：请管理员用 collectorctl users assign-device 指定本工作站的使用者。</translation>
    </message>
    <message>
        <source>&amp;Assign work…</source>
        <translation>分配工作(&amp;A)…</translation>
    </message>
    <message>
        <source>Work is assigned by a team lead or an administrator.</source>
        <translation>工作由组长或管理员分配。</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>外访(&amp;I)</translation>
    </message>
    <message>
        <source>Plan &amp;field day…</source>
        <translation>安排外访日程(&amp;F)…</translation>
    </message>
    <message>
        <source>Record &amp;visit…</source>
        <translation>登记外访(&amp;V)…</translation>
    </message>
    <message>
        <source>A field day is planned for the signed-in collector: an administrator assigns this workstation with collectorctl users assign-device.</source>
        <translation>外访日程按登录的催收员安排：请管理员用 collectorctl users assign-device 指定本工作站的使用人。</translation>
    </message>
    <message>
        <source>Open an account first (and sign in: visits are recorded by a user).</source>
        <translation>请先打开案件（并登录：外访须由用户登记）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · updating the queue (%n place(s) to work out)…</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · 正在更新队列（需重新计算 %n 个位置）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::OverrideDialog</name>
    <message>
        <source>Override a block</source>
        <translation>特批放行</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rule %2: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;规则 %2：%3&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The override lets this one contact through for %n minute(s). It is recorded with your name and your reason, and auditors can read it.</source>
        <translation>
            <numerusform>特批在 %n 分钟内放行这一次联系，并连同您的姓名和理由一起记录，审计人员可以查阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Why is this contact needed now?</source>
        <translation>为什么现在必须联系？(&amp;W)</translation>
    </message>
    <message>
        <source>Override (Ctrl+Return)</source>
        <translation>特批放行 (Ctrl+Return)</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>还需要 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::PlanDialog</name>
    <message>
        <source>Repayment plan · %1</source>
        <translation>还款计划 · %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Balance owed: %1 %2&lt;/b&gt; (principal %3, interest %4, fees %5) · %n day(s) past due</source>
        <translation>
            <numerusform>&lt;b&gt;欠款余额：%1 %2&lt;/b&gt;（本金 %3，利息 %4，费用 %5）· 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The creditor&apos;s plan rules could not be read (%1); the standard rules apply.</source>
        <translation>无法读取债权人的计划规则（%1），按标准规则执行。</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation>方案 A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>方案 B</translation>
    </message>
    <message>
        <source>Plan C</source>
        <translation>方案 C</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>打印协议(&amp;P)…</translation>
    </message>
    <message>
        <source>Save agreement as P&amp;DF…</source>
        <translation>协议另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>接受计划</translation>
    </message>
    <message>
        <source>Record %1 for this account? Its instalments become promises the queue follows.

%2</source>
        <translation>为此案件记录%1？各期还款将成为承诺，并进入工作队列跟进。

%2</translation>
    </message>
    <message>
        <source>Plan not recorded</source>
        <translation>计划未记录</translation>
    </message>
    <message>
        <source>%1 is recorded. Print the agreement or save it as a PDF for the debtor.</source>
        <translation>%1已记录。请打印协议或另存为 PDF 交给债务人。</translation>
    </message>
    <message>
        <source>Save agreement as PDF</source>
        <translation>协议另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement not saved</source>
        <translation>协议未保存</translation>
    </message>
    <message>
        <source>The agreement is saved.</source>
        <translation>协议已保存。</translation>
    </message>
    <message>
        <source>Agreement not printed</source>
        <translation>协议未打印</translation>
    </message>
</context>
<context>
    <name>collector::ui::PlanEditor</name>
    <message>
        <source>Interest-free split</source>
        <translation>免息分期</translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Flat interest</source>
        <translation>固定利息</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>一次性结清</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Instalments</source>
        <translation>期数(&amp;I)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>每月两次</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>频率(&amp;F)</translation>
    </message>
    <message>
        <source>Annual interest rate in percent, for example 4.9</source>
        <translation>年利率（百分比），例如 4.9</translation>
    </message>
    <message>
        <source>Annual &amp;rate %</source>
        <translation>年利率 %(&amp;R)</translation>
    </message>
    <message>
        <source>First &amp;due</source>
        <translation>首期到期(&amp;D)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Do&amp;wn payment</source>
        <translation>首付(&amp;W)</translation>
    </message>
    <message>
        <source>Settle &amp;for</source>
        <translation>结清金额(&amp;F)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>接受%1</translation>
    </message>
    <message>
        <source>Enter the annual rate as a number from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的年利率。</translation>
    </message>
    <message>
        <source>Enter the down payment as an amount below the balance, like 500.00.</source>
        <translation>请输入低于余额的首付金额，例如 500.00。</translation>
    </message>
    <message>
        <source>Enter what the debtor pays to settle, at most the balance.</source>
        <translation>请输入债务人为结清所付的金额，不超过余额。</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1（规则 %2）</translation>
    </message>
    <message>
        <source>No schedule: correct the fields above.</source>
        <translation>无法生成还款表：请更正上面的字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) from %1 · total %2 %3 · interest %4</source>
        <translation>
            <numerusform>%n 期，每期 %1 起 · 合计 %2 %3 · 利息 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Waived: %1 %2</source>
        <translation>减免：%1 %2</translation>
    </message>
    <message>
        <source>only for a settlement</source>
        <translation>仅用于一次性结清</translation>
    </message>
</context>
<context>
    <name>collector::ui::PracticeDialog</name>
    <message>
        <source>Practice call (demo data)</source>
        <translation>模拟通话练习（演示数据）</translation>
    </message>
    <message>
        <source>Cooperative debtor</source>
        <translation>配合的债务人</translation>
    </message>
    <message>
        <source>Evasive debtor</source>
        <translation>回避的债务人</translation>
    </message>
    <message>
        <source>Disputing debtor</source>
        <translation>提出异议的债务人</translation>
    </message>
    <message>
        <source>Distressed debtor</source>
        <translation>处境困难的债务人</translation>
    </message>
    <message>
        <source>&amp;Practise with</source>
        <translation>练习对象(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>Answers heard right: %1 of %2. Checkpoints kept the first time: %3 of %4. Slips: %5.</source>
        <translation>正确理解回答：%1/%2。一次做到的检查点：%3/%4。失误：%5 次。</translation>
    </message>
    <message>
        <source>The call ended elsewhere than this debtor&apos;s answers lead: listen again.</source>
        <translation>通话结束的结果与该债务人的回答不符：请再仔细听。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The call has ended.&lt;/b&gt;</source>
        <translation>&lt;b&gt;通话已结束。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;You say:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;您说：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debtor:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;债务人：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 (Space)</source>
        <translation>%1（空格键）</translation>
    </message>
    <message>
        <source>Enter goes on.</source>
        <translation>按回车继续。</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>还不能继续：%1</translation>
    </message>
</context>
<context>
    <name>collector::ui::QueueFilterBar</name>
    <message>
        <source>Reference, name or phone…</source>
        <translation>案件编号、姓名或电话…</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>前期</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>后期</translation>
    </message>
    <message>
        <source>Any DPD</source>
        <translation>全部逾期天数</translation>
    </message>
    <message>
        <source>DPD %1</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Any last outcome</source>
        <translation>全部最近结果</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Any promise</source>
        <translation>全部承诺状态</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>无承诺</translation>
    </message>
    <message>
        <source>Promise open</source>
        <translation>承诺待履行</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>承诺已履行</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>承诺已违约</translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation>未逾期</translation>
    </message>
</context>
<context>
    <name>collector::ui::QueueModel</name>
    <message>
        <source>Callback due</source>
        <translation>到点回电</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>今日到期承诺</translation>
    </message>
    <message>
        <source>Promise broken yesterday</source>
        <translation>昨日违约承诺</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新委案</translation>
    </message>
    <message>
        <source>Missed instalment</source>
        <translation>分期逾期</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>按评分</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不可联系</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Contact now</source>
        <translation>当前可否联系</translation>
    </message>
    <message numerus="yes">
        <source>Not now — %n account(s) the rules do not let you contact yet</source>
        <translation>
            <numerusform>暂不联系 — %n 个账户，规则暂不允许联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now — %n account(s)</source>
        <translation>
            <numerusform>现在处理 — %n 个账户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>collector::ui::ScriptPanel</name>
    <message>
        <source>Next: build a repayment plan with the debtor.</source>
        <translation>下一步：与债务人一起制定还款计划。</translation>
    </message>
    <message>
        <source>Next: log the dispute; collection on this debt stops.</source>
        <translation>下一步：记录异议；此笔债务的催收将暂停。</translation>
    </message>
    <message>
        <source>Next: go through the debtor&apos;s income and outgoings.</source>
        <translation>下一步：了解债务人的收入和支出。</translation>
    </message>
    <message>
        <source>Next: end the call and log it as a third party.</source>
        <translation>下一步：结束通话，并记录为第三人接听。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; %1 · version %2</source>
        <translation>&lt;b&gt;话术&lt;/b&gt; %1 · 版本 %2</translation>
    </message>
    <message>
        <source>%1 (Space)</source>
        <translation>%1（空格键）</translation>
    </message>
    <message>
        <source>The script has ended: log the contact (Ctrl+Return).</source>
        <translation>话术已结束：请记录本次联系（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Continue (Enter)</source>
        <translation>继续（回车键）</translation>
    </message>
    <message>
        <source>Tick what this step needs before going on.</source>
        <translation>请先勾选本步骤要求的事项，再继续。</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot; before going on.</source>
        <translation>请先勾选“%1”，再继续。</translation>
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
        <source>The workstation locks itself when nobody has used it for this long. Debtors&apos; personal data must not stay on an unattended screen.</source>
        <translation>无人使用达到此时长后，工作台会自动锁定。债务人的个人信息不得留在无人看管的屏幕上。</translation>
    </message>
</context>
<context>
    <name>collector::ui::SyncController</name>
    <message>
        <source>sending %1 of %2</source>
        <translation>正在发送 %1 / %2</translation>
    </message>
    <message>
        <source>receiving, %1 so far</source>
        <translation>正在接收，已收 %1 项</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Sync: up to date at %1</source>
        <translation>同步：%1 已是最新</translation>
    </message>
    <message>
        <source>Sync: starting</source>
        <translation>同步：正在启动</translation>
    </message>
    <message>
        <source>Sync: not enrolled — open Sync ▸ Sync panel</source>
        <translation>同步：未注册 — 请打开 同步 ▸ 同步面板</translation>
    </message>
    <message>
        <source>Sync: this workstation was revoked</source>
        <translation>同步：此工作站已被吊销</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 — retry in %n min</source>
        <translation>
            <numerusform>同步：%1 — %n 分钟后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline on contact budgets until %1 — F5 syncs and returns them</source>
        <translation>使用联系额度离线工作至 %1 — 按 F5 同步并归还</translation>
    </message>
</context>
<context>
    <name>collector::ui::SyncPanel</name>
    <message>
        <source>Contact point: value</source>
        <translation>联系方式：号码/地址</translation>
    </message>
    <message>
        <source>Debtor: name</source>
        <translation>债务人：姓名</translation>
    </message>
    <message>
        <source>Debtor: id number</source>
        <translation>债务人：证件号码</translation>
    </message>
    <message>
        <source>Debtor: %1</source>
        <translation>债务人：%1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>中心服务器：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Enrol this workstation with the team&apos;s hub</source>
        <translation>将此工作站注册到团队的中心服务器</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate</source>
        <translation>中心服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Enrolment c&amp;ode:</source>
        <translation>注册码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Refused by the hub</source>
        <translation>被中心服务器拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept (newest)</source>
        <translation>保留的值（最新）</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;veal values</source>
        <translation>显示原值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>保留当前值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>改用另一个值(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>The sync state cannot be read: %1</source>
        <translation>无法读取同步状态：%1</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1（身份：%2）</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>held for an administrator</source>
        <translation>等待管理员处理</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>&amp;Refused by the hub (%1)</source>
        <translation>被中心服务器拒绝(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>Load the team&apos;s open conflicts from the hub.</source>
        <translation>从中心服务器加载团队未处理的冲突。</translation>
    </message>
    <message>
        <source>The conflict inbox is the team lead&apos;s.</source>
        <translation>冲突收件箱仅供组长使用。</translation>
    </message>
    <message>
        <source>The hub address must start with https:// and name a host.</source>
        <translation>中心服务器地址必须以 https:// 开头并包含主机名。</translation>
    </message>
    <message>
        <source>The CA certificate cannot be read: choose the file your administrator gave you.</source>
        <translation>无法读取 CA 证书：请选择管理员提供的文件。</translation>
    </message>
    <message>
        <source>Type the enrolment code your administrator gave you (20 letters and digits).</source>
        <translation>请输入管理员提供的注册码（20 位字母和数字）。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Values are masked; revealing them is recorded.</source>
        <translation>
            <numerusform>%n 个未处理的冲突。数值已遮蔽；显示原值会被记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The other value is saved here and goes to the hub with the next sync.</source>
        <translation>另一个值已保存在本机，下次同步时发送到中心服务器。</translation>
    </message>
    <message>
        <source>The kept value stays; the conflict is closed.</source>
        <translation>保留当前值；冲突已关闭。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>Contact budgets:</source>
        <translation>联系额度：</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) held until %1: working offline; the next sync returns them</source>
        <translation>
            <numerusform>持有 %n 份联系额度，至 %1：离线工作中；下次同步时归还</numerusform>
        </translation>
    </message>
    <message>
        <source>none held (Sync ▸ Work offline leases them before you go)</source>
        <translation>未持有（出发前用“同步 ▸ 离线工作”租用）</translation>
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
<context>
    <name>collector::ui::VisitDialog</name>
    <message>
        <source>Record visit</source>
        <translation>登记外访</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;When (the debtor&apos;s time):</source>
        <translation>时间（债务人当地时间）(&amp;W)：</translation>
    </message>
    <message>
        <source>Visit &amp;type:</source>
        <translation>外访类型(&amp;T)：</translation>
    </message>
    <message>
        <source>The debtor</source>
        <translation>债务人本人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>A neighbour</source>
        <translation>邻居</translation>
    </message>
    <message>
        <source>A colleague at work</source>
        <translation>单位同事</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>&amp;Met:</source>
        <translation>见到(&amp;M)：</translation>
    </message>
    <message>
        <source>Nobody: alone</source>
        <translation>无：单人前往</translation>
    </message>
    <message>
        <source>&amp;Companion:</source>
        <translation>同行人员(&amp;C)：</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>未录音录像</translation>
    </message>
    <message>
        <source>Asked first: they agreed</source>
        <translation>已事先征询：同意</translation>
    </message>
    <message>
        <source>Asked first: they refused</source>
        <translation>已事先征询：拒绝</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>录音录像(&amp;R)：</translation>
    </message>
    <message>
        <source>Wrong address (moved)</source>
        <translation>地址错误（已搬走）</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Evasive</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>敌对</translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation>情绪困扰</translation>
    </message>
    <message>
        <source>Reac&amp;tion:</source>
        <translation>反应(&amp;T)：</translation>
    </message>
    <message>
        <source>Promise &amp;amount:</source>
        <translation>承诺金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Promised &amp;for:</source>
        <translation>承诺日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>回电时间(&amp;B)：</translation>
    </message>
    <message>
        <source>A payment was &amp;received</source>
        <translation>已收到还款(&amp;R)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Transfer seen at the door</source>
        <translation>现场转账（当面确认）</translation>
    </message>
    <message>
        <source>Amount &amp;received:</source>
        <translation>收款金额(&amp;R)：</translation>
    </message>
    <message>
        <source>Paid &amp;in:</source>
        <translation>付款方式(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>保存外访(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Rece&amp;ipt (PDF)…</source>
        <translation>收据 PDF(&amp;I)…</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>附加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was not written: %1</source>
        <translation>收据未写入：%1</translation>
    </message>
    <message>
        <source>Photo of the delivered notice</source>
        <translation>已送达文书的照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo was not attached: %1</source>
        <translation>照片未附加：%1</translation>
    </message>
    <message>
        <source>The compliance rules could not be read: %1</source>
        <translation>无法读取合规规则：%1</translation>
    </message>
    <message>
        <source> Allowed again at %1.</source>
        <translation> %1 起可再次外访。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not allowed now&lt;/b&gt; (%1): %2%3</source>
        <translation>&lt;b&gt;当前不允许外访&lt;/b&gt;（%1）：%2%3</translation>
    </message>
    <message>
        <source>Allowed, with a warning (%1): %2</source>
        <translation>允许，但有提示（%1）：%2</translation>
    </message>
    <message>
        <source>Allowed: a visit may be made now.</source>
        <translation>允许：现在可以外访。</translation>
    </message>
    <message>
        <source>This visit is saved. Close the form to record another.</source>
        <translation>本次外访已保存。关闭表单后可登记下一次。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>外访已保存。</translation>
    </message>
    <message>
        <source>Visit saved. Receipt %1: print it for the debtor.</source>
        <translation>外访已保存。收据 %1：请打印交给债务人。</translation>
    </message>
    <message>
        <source>no payment was recorded on this visit</source>
        <translation>本次外访没有登记还款</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>the receipt was written but the audit trail was not</source>
        <translation>收据已写入，但审计记录未写入</translation>
    </message>
    <message>
        <source>save the visit first</source>
        <translation>请先保存外访</translation>
    </message>
    <message>
        <source>the photo is larger than 8 MiB</source>
        <translation>照片大于 8 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Photo attached.</source>
        <translation>照片已附加。</translation>
    </message>
</context>
</TS>
