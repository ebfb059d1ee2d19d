<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peer support service desk&lt;/b&gt; {version}&lt;br&gt;Records, forms and evaluation of peer support.&lt;br&gt;&lt;br&gt;The program's log, for whoever supports it: {log}</source>
        <translation>&lt;b&gt;同伴支持服务工作台&lt;/b&gt; {version}&lt;br&gt;同伴支持服务的记录、表格与评估。&lt;br&gt;&lt;br&gt;程序日志（供维护人员查看）：{log}</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Licences of the software it includes:</source>
        <translation>所含软件的许可协议：</translation>
    </message>
</context>
<context>
    <name>AboutStep</name>
    <message>
        <source>About the person</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Leave a field empty or at — when it is not known.</source>
        <translation>不清楚的项目可以留空或保留为 —。</translation>
    </message>
    <message>
        <source>Yes (part-time or more)</source>
        <translation>是（兼职或全职）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>是否工作</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and staff</source>
        <translation>账户和工作人员</translation>
    </message>
    <message>
        <source>Each account belongs to a staff member or to a peer, and appears in the pickers of its role. An account is never deleted: a disabled account can no longer sign in, and the audit log still names it.</source>
        <translation>每个账户对应一位工作人员或一位同伴支持者，并出现在相应角色的选择列表里。账户不会被删除：停用的账户不能再登录，审计日志里仍然保留它的名字。</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>the account {name}</source>
        <translation>账户 {name}</translation>
    </message>
    <message>
        <source>Disable the account {name}? It can no longer sign in, and its password no longer opens the database. It can be enabled again.</source>
        <translation>停用账户 {name} 吗？停用后不能再登录，它的密码也不能再打开数据库。以后可以重新启用。</translation>
    </message>
    <message>
        <source>the account {name} is disabled</source>
        <translation>账户 {name} 已停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>the account {name} is enabled</source>
        <translation>账户 {name} 已启用</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The password of {name} is reset. They choose a new one at their next sign-in.</source>
        <translation>{name} 的密码已重置。下次登录时需要自己设置新密码。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Must change it</source>
        <translation>需修改密码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对应编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Peer (as enrolled)</source>
        <translation>同伴支持者（按入组编号）</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>再次输入临时密码</translation>
    </message>
    <message>
        <source>The new user signs in with the temporary password and then chooses their own. A peer's account belongs to the person enrolled as that peer.</source>
        <translation>新用户先用临时密码登录，然后设置自己的密码。同伴支持者的账户对应以同伴支持者身份入组的那个人。</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Survey answer</source>
        <translation>评估回答</translation>
    </message>
    <message>
        <source>Reason, if not assessed</source>
        <translation>未评估的原因</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>未评估的原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>correction of {person}'s answer of {day}</source>
        <translation>{person} 于 {day} 的回答的更正</translation>
    </message>
    <message>
        <source>{person}'s answer of {day} marked entered in error</source>
        <translation>{person} 于 {day} 的回答已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>未评估原因</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户被锁定</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>数据库已加密</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>Log restored from a backup</source>
        <translation>日志已从备份恢复</translation>
    </message>
    <message>
        <source>Refused (no permission)</source>
        <translation>被拒绝（无权限）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>姓名和联系方式</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>入组</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照料者</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Session peers</source>
        <translation>活动的同伴支持者</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Activity library</source>
        <translation>活动库</translation>
    </message>
    <message>
        <source>Emergency event</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>People in an emergency</source>
        <translation>紧急事件涉及人员</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Supervision attendance</source>
        <translation>督导出席</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>Needs interview</source>
        <translation>服务前需求访谈</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训课次</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训出勤</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>评估回答</translation>
    </message>
    <message>
        <source>Exchange key</source>
        <translation>交换密钥</translation>
    </message>
    <message>
        <source>Site in the project</source>
        <translation>项目中的站点</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>已发送的数据包</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>已接收的数据包</translation>
    </message>
    <message>
        <source>Printed sheet</source>
        <translation>已打印的表格</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Record key or user name</source>
        <translation>记录编号或用户名</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>审计日志完整，未被篡改。</translation>
    </message>
    <message>
        <source>Tampered with ({n} findings):</source>
        <translation>已被篡改（发现 {n} 处问题）：</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>正在检查审计日志…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>评估回答</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>No backup to restore yet.</source>
        <translation>还没有可恢复的备份。</translation>
    </message>
    <message>
        <source>Take a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup could not be taken in: {folders}</source>
        <translation>无法在以下位置备份：{folders}</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restoring keeps the database as it is now as a backup first.</source>
        <translation>恢复前会先把当前数据库另存为一份备份。</translation>
    </message>
    <message>
        <source>No backups yet: one is taken each time the application closes.</source>
        <translation>还没有备份：每次关闭程序时会自动备份。</translation>
    </message>
    <message>
        <source>Restore the backup taken {taken} ({people} people, {sessions} sessions)?

The database as it is now is kept as a backup first. Everything entered since that backup is then no longer shown, and everyone signs in again.</source>
        <translation>恢复 {taken} 的备份（{people} 人，{sessions} 次活动）？

当前数据库会先另存为一份备份。此备份之后录入的内容将不再显示，所有人需要重新登录。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored, and the database is as it was.

{reason}</source>
        <translation>备份没有恢复，数据库保持原样。

{reason}</translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Cancel session</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Required when the reason is Other</source>
        <translation>原因为“其他”时必须填写</translation>
    </message>
    <message>
        <source>Also cancel the later sessions of this series</source>
        <translation>同时取消本系列之后的活动</translation>
    </message>
    <message>
        <source>Session on {day}: {theme}</source>
        <translation>{day} 的活动：{theme}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
    <message>
        <source>the cancellation of {n} sessions of the series from {day}</source>
        <translation>取消该系列自{day}起的{n}次活动</translation>
    </message>
    <message>
        <source>the cancellation of the session of {day}</source>
        <translation>取消{day}的活动</translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>Link a caregiver</source>
        <translation>关联照料者</translation>
    </message>
    <message>
        <source>Choose the peer or consumer {code} cares for.</source>
        <translation>请选择 {code} 照料的同伴支持者或服务对象。</translation>
    </message>
    <message>
        <source>Choose the caregiver of {code}. A new caregiver is enrolled first, with the role Caregiver.</source>
        <translation>请选择 {code} 的照料者。新的照料者请先以“照料者”角色登记入组。</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照料者</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择一个人。</translation>
    </message>
</context>
<context>
    <name>CaresForStep</name>
    <message>
        <source>Who they care for</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>Caregivers are not screened against criteria. Choose the peer or consumer this person cares for: type part of the code or name to find them.</source>
        <translation>照料者不按入组标准筛查。请选择此人照料的同伴支持者或服务对象：输入编号或姓名的一部分即可查找。</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>Willing to be contacted for follow-up</source>
        <translation>愿意接受随访联系</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>筛查日期</translation>
    </message>
    <message>
        <source>Cares for: choose a peer or consumer from the list.</source>
        <translation>照料对象：请从列表中选择一位同伴支持者或服务对象。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>{name}, your password was set by a community doctor. Choose a password of your own before you go on: at least 8 characters, not your user name and not a common password.</source>
        <translation>{name}，您的密码是社区医生设置的。继续之前请设置您自己的密码：至少 8 个字符，不能与用户名相同，也不能是常见密码。</translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check and enrol</source>
        <translation>核对并入组</translation>
    </message>
    <message>
        <source>Read it through. Go back to change anything; nothing is saved until Enrol.</source>
        <translation>请逐项核对。需要修改可返回上一步；点击“入组”之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Consent and enrolment</source>
        <translation>知情同意与入组</translation>
    </message>
    <message>
        <source>Tick each form the person has signed and give the date it was signed.</source>
        <translation>勾选已签署的文件，并填写签署日期。</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>入组日期</translation>
    </message>
    <message>
        <source>Not signed yet: {forms}</source>
        <translation>尚未签署：{forms}</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Name and contact</source>
        <translation>姓名与联系方式</translation>
    </message>
    <message>
        <source>Names and contact details stay on this computer; data packages for the project manager carry codes only.</source>
        <translation>姓名和联系方式只保存在本机；提交给项目管理员的数据包只含编号。</translation>
    </message>
    <message>
        <source>name, relationship and phone</source>
        <translation>姓名、关系和电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
</context>
<context>
    <name>CorrectCodeDialog</name>
    <message>
        <source>Correct the code {code}</source>
        <translation>更正编号 {code}</translation>
    </message>
    <message>
        <source>The code {code} is kept as a former code: searching for it still finds this person, and their page shows “formerly {code}”. Printed sheets with the old code still open this person.</source>
        <translation>编号 {code} 将作为曾用编号保留：搜索它仍能找到此人，其页面显示“曾用编号 {code}”。印有旧编号的纸质表格仍可打开此人的记录。</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新编号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the new code.</source>
        <translation>请填写新编号。</translation>
    </message>
    <message>
        <source>Type the new code in place of the old one.</source>
        <translation>请用新编号替换旧编号。</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>编号 {code} 已被使用。</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New training course</source>
        <translation>新建培训课程</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>correction of the course “{title}”</source>
        <translation>课程“{title}”的更正</translation>
    </message>
    <message>
        <source>course “{title}” marked entered in error</source>
        <translation>课程“{title}”已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>出席人次</translation>
    </message>
</context>
<context>
    <name>CriteriaBox</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source of evidence</source>
        <translation>依据来源</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2024-03-05</source>
        <translation>例如 2024-03-05</translation>
    </message>
    <message>
        <source>Type the date (2024-03-05, 2024/3/5 or 20240305) or pick it on the calendar</source>
        <translation>输入日期（2024-03-05、2024/3/5 或 20240305），或在日历中选择</translation>
    </message>
    <message>
        <source>Pick on the calendar</source>
        <translation>在日历中选择</translation>
    </message>
    <message>
        <source>{text} is not a date: type it as 2024-03-05.</source>
        <translation>“{text}”不是有效日期：请按 2024-03-05 的格式输入。</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <source>Screening decision</source>
        <translation>筛查决定</translation>
    </message>
    <message>
        <source>How the person came, the team psychiatrist's assessment and whether the person is eligible.</source>
        <translation>来源途径、团队精神科医生的评估意见，以及是否符合入组条件。</translation>
    </message>
    <message>
        <source>Other: how?</source>
        <translation>其他：请说明</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>来源途径</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>其他途径</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>筛查确定的诊断</translation>
    </message>
    <message>
        <source>Team psychiatrist</source>
        <translation>团队精神科医生</translation>
    </message>
    <message>
        <source>Psychiatrist's assessment</source>
        <translation>精神科医生评估意见</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>有同情心，乐于助人</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>有实际工作技能</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>是否符合入组条件</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
</context>
<context>
    <name>EmergenciesPage</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Every field of the report, its history and addenda</source>
        <translation>查看报告的全部内容、修改记录和补充说明</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Reported, not yet acknowledged</source>
        <translation>已报告，未确认接收</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认接收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Search reports…</source>
        <translation>搜索报告…</translation>
    </message>
    <message>
        <source>Report an emergency</source>
        <translation>报告紧急事件</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认接收</translation>
    </message>
    <message>
        <source>Follow up / close</source>
        <translation>随访 / 结案</translation>
    </message>
    <message>
        <source>Emergency Event Form</source>
        <translation>紧急事件报告表</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>No emergency has been reported. When something happens that needs the doctor, report it here.</source>
        <translation>还没有紧急事件报告。发生需要医生处理的情况时，请在这里报告。</translation>
    </message>
    <message>
        <source>the emergency report</source>
        <translation>紧急事件报告</translation>
    </message>
    <message>
        <source>Who acknowledges this report?</source>
        <translation>由谁确认接收此报告？</translation>
    </message>
    <message>
        <source>acknowledgement of the report of {day}</source>
        <translation>{day} 报告的确认接收</translation>
    </message>
    <message>
        <source>follow-up of the report of {day}</source>
        <translation>{day} 报告的随访</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Emergency Event Form</source>
        <translation>紧急事件报告表</translation>
    </message>
</context>
<context>
    <name>EmergencyForm</name>
    <message>
        <source>Choose the kind of event…</source>
        <translation>请选择事件类型…</translation>
    </message>
    <message>
        <source>Handed to the doctor on</source>
        <translation>已交给社区医生，时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>不良事件或行为紧急事件</translation>
    </message>
    <message>
        <source>What kind of event</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Reported to (community doctor)</source>
        <translation>报告给（社区医生）</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>交给社区医生</translation>
    </message>
</context>
<context>
    <name>EnrolWizard</name>
    <message>
        <source>Enrol a person</source>
        <translation>登记入组</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>入组</translation>
    </message>
</context>
<context>
    <name>EventCorrectionDialog</name>
    <message>
        <source>Correct the emergency report</source>
        <translation>更正紧急事件报告</translation>
    </message>
</context>
<context>
    <name>EventDetailDialog</name>
    <message>
        <source>Emergency report</source>
        <translation>紧急事件报告</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Show the pages…</source>
        <translation>查看页面…</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Add an addendum…</source>
        <translation>添加补充说明…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>不良事件或行为紧急事件</translation>
    </message>
    <message>
        <source>What kind of event</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告给</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>交给社区医生的时间</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认接收人</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>确认接收时间</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>This report was closed on {day}: it can no longer be corrected. Add an addendum for what was learned since.</source>
        <translation>此报告已于 {day} 结案，不能再更正。之后了解到的情况请添加补充说明。</translation>
    </message>
    <message>
        <source>correction of the emergency report of {day}</source>
        <translation>{day} 紧急事件报告的更正</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <source>What was learned or done since? The report itself stays as it is.</source>
        <translation>之后了解到或处理了什么？报告本身保持不变。</translation>
    </message>
    <message>
        <source>addendum to the emergency report of {day}</source>
        <translation>{day} 紧急事件报告的补充说明</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认接收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认接收人</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Six-weekly hand-over</source>
        <translation>六周数据提交</translation>
    </message>
    <message>
        <source>Audit logs to check (went back or rewritten):</source>
        <translation>需要核查的审计日志（倒退或被改写）：</translation>
    </message>
    <message>
        <source>Everything again (full re-export)</source>
        <translation>全部重新导出</translation>
    </message>
    <message>
        <source>Export the bundle…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Confirm the site's key…</source>
        <translation>确认站点密钥…</translation>
    </message>
    <message>
        <source>Print the site's key fingerprint…</source>
        <translation>打印该站点的密钥指纹…</translation>
    </message>
    <message>
        <source>Print this site's key fingerprint…</source>
        <translation>打印本站点的密钥指纹…</translation>
    </message>
    <message>
        <source>Print the site's receipt…</source>
        <translation>打印该站点的导入回执…</translation>
    </message>
    <message>
        <source>Join a project…</source>
        <translation>加入项目…</translation>
    </message>
    <message>
        <source>This site has not joined a project yet. Join with the project file from the project manager; then this site can send its bundles.</source>
        <translation>本站点尚未加入项目。请用项目管理员提供的项目文件加入，之后本站点才能提交数据包。</translation>
    </message>
    <message>
        <source>Sites and their key fingerprints:</source>
        <translation>站点及其密钥指纹：</translation>
    </message>
    <message>
        <source>Bundles not yet arrived:</source>
        <translation>尚未收到的数据包：</translation>
    </message>
    <message>
        <source>Bundles imported:</source>
        <translation>已导入的数据包：</translation>
    </message>
    <message>
        <source>Bundles written:</source>
        <translation>已导出的数据包：</translation>
    </message>
    <message>
        <source>No bundle imported yet. Sites send one every six weeks.</source>
        <translation>还没有导入数据包。各站点每六周发送一次。</translation>
    </message>
    <message>
        <source>No bundle written yet. Write one every six weeks for the project manager.</source>
        <translation>还没有导出数据包。请每六周为项目管理员导出一次。</translation>
    </message>
    <message>
        <source>#{n}  {when}  {rows} records  {file}</source>
        <translation>第 {n} 号  {when}  {rows} 条记录  {file}</translation>
    </message>
    <message>
        <source>{site} #{n}  {when}  {rows} records</source>
        <translation>{site} 第 {n} 号  {when}  {rows} 条记录</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>项目文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Join a project</source>
        <translation>加入项目</translation>
    </message>
    <message>
        <source>Joined the project</source>
        <translation>已加入项目</translation>
    </message>
    <message>
        <source>This site has joined the project and can send bundles now. Give the project manager this site's key fingerprint, to confirm it: {fingerprint}</source>
        <translation>本站点已加入项目，现在可以提交数据包了。请把本站点的密钥指纹告诉项目管理员，由其确认：{fingerprint}</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Bundles (*.bundle)</source>
        <translation>数据包 (*.bundle)</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>数据包已导出</translation>
    </message>
    <message>
        <source>Bundle {n} written to {file}.</source>
        <translation>第 {n} 号数据包已写入 {file}。</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>数据包未写入</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose a site in the list first.</source>
        <translation>请先在列表中选择一个站点。</translation>
    </message>
    <message>
        <source>Confirm the site's key</source>
        <translation>确认站点密钥</translation>
    </message>
    <message>
        <source>Has site {site} confirmed that its fingerprint is {fingerprint}?</source>
        <translation>站点 {site} 是否已确认其密钥指纹为 {fingerprint}？</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>尚无随访记录。</translation>
    </message>
    <message>
        <source>Close this report</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel 工作簿和 CSV 文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>问题（{n}）</translation>
    </message>
    <message>
        <source>Rows ({n})</source>
        <translation>数据行（{n}）</translation>
    </message>
    <message>
        <source>First {n} rows</source>
        <translation>前 {n} 行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}, no problems found. Nothing is written until you choose Import.</source>
        <translation>已从 {file} 读取 {rows} 行，未发现问题。选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}; {n} problems found. Nothing can be imported until they are corrected in the file.</source>
        <translation>已从 {file} 读取 {rows} 行，发现 {n} 个问题。请先在文件中改正，才能导入。</translation>
    </message>
    <message>
        <source>The first {n} are listed.</source>
        <translation>下面列出前 {n} 个。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Activity library</source>
        <translation>活动库</translation>
    </message>
    <message>
        <source>Use this plan</source>
        <translation>使用此方案</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>{name} was signed in. Type the password to go on where you left off.</source>
        <translation>{name} 已登录。请输入密码，从刚才的地方继续。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>换其他人登录</translation>
    </message>
    <message>
        <source>Sign in with your own account. The work of {name} is kept as their draft, and their open windows are closed.</source>
        <translation>请用您自己的账户登录。{name} 正在做的工作会保存为其草稿，其打开的窗口会关闭。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Back: unlock as {name}</source>
        <translation>返回：以 {name} 的身份解锁</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes (see the emergency reports)</source>
        <translation>有（见紧急事件报告）</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>e.g. C2 was marked absent by mistake</source>
        <translation>例如：C2 被误记为缺席</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>不保存，返回</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Tick each consumer who came:</source>
        <translation>请勾选到场的每位服务对象：</translation>
    </message>
    <message>
        <source>Peers present:</source>
        <translation>到场的同伴支持者：</translation>
    </message>
    <message>
        <source>Staff present:</source>
        <translation>到场的工作人员：</translation>
    </message>
    <message>
        <source>Venue as held</source>
        <translation>实际场地</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>实际活动主题类别</translation>
    </message>
    <message>
        <source>Adverse event during the session</source>
        <translation>活动中的不良事件</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>提交批次</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>服务对象的反馈</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why it is corrected (optional)</source>
        <translation>更正原因（可不填）</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>{who} (on leave)</source>
        <translation>{who}（请假）</translation>
    </message>
    <message>
        <source>the corrected log of “{theme}” on {day}</source>
        <translation>{day}“{theme}”更正后的活动记录</translation>
    </message>
</context>
<context>
    <name>LogSessionPage</name>
    <message>
        <source>Continue where I left off</source>
        <translation>从上次的地方继续</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>不要了</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Where was it held?</source>
        <translation>在哪里开展？</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>场地说明</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>实际活动主题类别</translation>
    </message>
    <message>
        <source>Tick each consumer who came:</source>
        <translation>请勾选到场的服务对象：</translation>
    </message>
    <message>
        <source>Peers present:</source>
        <translation>到场的同伴支持者：</translation>
    </message>
    <message>
        <source>Staff present:</source>
        <translation>到场的工作人员：</translation>
    </message>
    <message>
        <source>What did the consumers say about it?</source>
        <translation>服务对象的反馈是什么？</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Paper forms go to the project manager every six weeks; batch 1 is the community's first six weeks.</source>
        <translation>纸质表格每六周提交给项目管理员；第 1 批为该社区开始服务的前六周。</translation>
    </message>
    <message>
        <source>Who kept the record?</source>
        <translation>谁做的记录？</translation>
    </message>
    <message>
        <source>Hand-over batch (every six weeks)</source>
        <translation>提交批次（每六周）</translation>
    </message>
    <message>
        <source>No, nothing happened</source>
        <translation>没有，一切正常</translation>
    </message>
    <message>
        <source>Yes, something happened</source>
        <translation>有，发生了情况</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Step 1 of 5: which session?</source>
        <translation>第1步（共5步）：哪一次活动？</translation>
    </message>
    <message>
        <source>Step 2 of 5: when and where was it, on what topic?</source>
        <translation>第2步（共5步）：活动的时间、地点和主题类别</translation>
    </message>
    <message>
        <source>Step 4 of 5: feedback, notes and who kept the record</source>
        <translation>第4步（共5步）：反馈、备注和记录人</translation>
    </message>
    <message>
        <source>Step 3 of 5: who was there?</source>
        <translation>第3步（共5步）：谁参加了？</translation>
    </message>
    <message>
        <source>No session is waiting to be logged. Sessions held appear here.</source>
        <translation>没有等待记录的活动。已开展的活动会显示在这里。</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>计划活动</translation>
    </message>
    <message>
        <source>Step 5 of 5: did anything happen that needs the doctor?</source>
        <translation>第5步（共5步）：有没有需要告知医生的情况？</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>{code} (on leave)</source>
        <translation>{code}（请假）</translation>
    </message>
    <message>
        <source>{ticked} of {everyone} present</source>
        <translation>已到 {ticked} 人，共 {everyone} 人</translation>
    </message>
    <message>
        <source>Answer the question first: did anything happen that needs the doctor?</source>
        <translation>请先回答问题：是否发生了需要医生处理的事情？</translation>
    </message>
    <message>
        <source>the log of “{theme}” on {day}</source>
        <translation>{day}“{theme}”的活动记录</translation>
    </message>
    <message>
        <source>The log of {session} is not saved.</source>
        <translation>{session} 的活动记录尚未保存。</translation>
    </message>
    <message>
        <source>A session log you started on {when} was not saved yet.</source>
        <translation>您在 {when} 开始填写的活动记录还没有保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>活动后记录</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Supervision and training</source>
        <translation>督导与培训</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>评估调查</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Peer support service desk {version} — {site}</source>
        <translation>同伴支持服务工作台 {version} — {site}</translation>
    </message>
    <message>
        <source>{site} ({code}) · {user}, {role}</source>
        <translation>{site}（{code}）· {user}，{role}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Type or scan a form's code</source>
        <translation>输入或扫描表格编码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>Print a &amp;blank form</source>
        <translation>打印空白表格(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read paper sheets…</source>
        <translation>读取纸质表格(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accounts and staff…</source>
        <translation>账户和工作人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>新的恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>更换数据库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>导入参与者(&amp;P)…</translation>
    </message>
    <message>
        <source>Import survey &amp;answers…</source>
        <translation>导入评估回答(&amp;A)…</translation>
    </message>
    <message>
        <source>{n} emergency report(s) waiting for acknowledgement</source>
        <translation>有 {n} 份紧急事件报告等待确认接收</translation>
    </message>
    <message>
        <source>No record has the code {code}.</source>
        <translation>没有编码为 {code} 的记录。</translation>
    </message>
    <message>
        <source>Taking today's backup…</source>
        <translation>正在备份今天的数据…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Today's backup could not be taken in:
{folders}

The earlier backups are kept. Please check the folder in Preferences.</source>
        <translation>以下位置没能完成今天的备份：
{folders}

以前的备份都还在。请在“偏好设置”中检查这个文件夹。</translation>
    </message>
    <message>
        <source>Today's backup could not be taken: {reason}

The earlier backups are kept.</source>
        <translation>今天的备份没有完成：{reason}

以前的备份都还在。</translation>
    </message>
    <message>
        <source>Read paper sheets</source>
        <translation>读取纸质表格</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.PDF *.JPG *.JPEG *.PNG *.HEIC *.HEIF)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.PDF *.JPG *.JPEG *.PNG *.HEIC *.HEIF)</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>正在读取纸质表格…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup is restored and open. {summary}
Please sign in again.</source>
        <translation>备份已恢复并已打开。{summary}
请重新登录。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old recovery sheet will no longer open the database (it still opens backups made before now). Print the new sheet and destroy the old one.</source>
        <translation>生成新的恢复密钥吗？旧的恢复密钥页将不能再打开数据库（仍能打开此前做的备份）。请打印新的一页并销毁旧的。</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>正在生成新的恢复密钥…</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>Put the database under a new key? Do this when someone who knew a password has left. Disabled accounts, old copies of the key file and the old recovery sheet will no longer open it (backups made before keep their own key file). A new recovery sheet is made: print it and destroy the old one.</source>
        <translation>要为数据库更换新的密钥吗？当知道密码的人离开时请这样做。之后，已停用的账户、旧的密钥文件副本和旧的恢复密钥页都将无法打开数据库（之前的备份仍使用各自的密钥文件）。系统会生成新的恢复密钥页：请打印，并销毁旧的。</translation>
    </message>
    <message>
        <source>Changing the database key…</source>
        <translation>正在更换数据库密钥…</translation>
    </message>
    <message>
        <source>These accounts must have their password reset before they can sign in again: {names}</source>
        <translation>以下账户需要先重置密码才能再次登录：{names}</translation>
    </message>
    <message>
        <source>Cannot change the key</source>
        <translation>无法更换密钥</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Pre-service needs interview</source>
        <translation>服务前需求访谈</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <source>What they hope for from the service</source>
        <translation>希望从服务中得到什么</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>方便参加的时间</translation>
    </message>
    <message>
        <source>Preferred activities</source>
        <translation>喜欢的活动</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>顾虑与担心</translation>
    </message>
    <message>
        <source>the needs interview of {person} on {day} ({role})</source>
        <translation>{person} 于 {day} 的服务前需求访谈（{role}）</translation>
    </message>
    <message>
        <source>correction of {what}</source>
        <translation>{what}的更正</translation>
    </message>
    <message>
        <source>{what} marked entered in error</source>
        <translation>{what}已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>再次输入临时密码</translation>
    </message>
    <message>
        <source>A temporary password for {name}. They choose their own at their next sign-in.</source>
        <translation>为 {name} 设置临时密码。下次登录时需要自己设置新密码。</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PageUndo</name>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Done again: {what}</source>
        <translation>已恢复：{what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put back what was there before this save (Ctrl+Z)</source>
        <translation>恢复到这次保存之前的内容（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Page {page}, saved {when} by {who}</source>
        <translation>第 {page} 页，{when} 由 {who} 保存</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>服务对象的反馈</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Other kind of event (written in)</source>
        <translation>其他事件类别（手写）</translation>
    </message>
    <message>
        <source>Pages kept: {n}</source>
        <translation>已保存 {n} 页</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{kept}; handwritten notes attached: {fields}</source>
        <translation>{kept}；附有手写内容：{fields}</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Handwritten notes are kept as images: type them in when you can.</source>
        <translation>手写内容以图片保存：有空时请录入。</translation>
    </message>
    <message>
        <source>Handwritten: {field}</source>
        <translation>手写：{field}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>入组日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>照料对象</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>搜索人员…</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Enrol a person</source>
        <translation>登记入组</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <source>The highlighted person's detail (or double-click)</source>
        <translation>查看选中人员的详情（或双击该行）</translation>
    </message>
    <message>
        <source>Pre-service needs interview</source>
        <translation>服务前需求访谈</translation>
    </message>
    <message>
        <source>Whole personal record</source>
        <translation>完整个人档案</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown</source>
        <translation>显示 {shown} 人，共 {total} 人</translation>
    </message>
    <message>
        <source>the enrolment of {code}</source>
        <translation>{code} 的入组登记</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>还没有人入组。</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Screening and consent checklist</source>
        <translation>筛查与知情同意清单</translation>
    </message>
    <message>
        <source>Survey interview sheet</source>
        <translation>评估访谈表</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <source>Role or change</source>
        <translation>角色或变更</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Screening and consent</source>
        <translation>筛查与知情同意</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Correct demographics, community and contact</source>
        <translation>更正基本情况、社区和联系方式</translation>
    </message>
    <message>
        <source>Correct the code…</source>
        <translation>更正编号…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>Link a caregiver…</source>
        <translation>关联照料者…</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>查看联系方式</translation>
    </message>
    <message>
        <source>Show screening and consent</source>
        <translation>查看筛查与知情同意</translation>
    </message>
    <message>
        <source>Print the whole record…</source>
        <translation>打印完整档案…</translation>
    </message>
    <message>
        <source>Consent withdrawn…</source>
        <translation>撤回知情同意…</translation>
    </message>
    <message>
        <source>Erase this person's name, contact details and notes for good</source>
        <translation>永久删除此人的姓名、联系方式和备注</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Roles and status over time</source>
        <translation>角色与状态变化</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Person {code}</source>
        <translation>人员 {code}</translation>
    </message>
    <message>
        <source>formerly {codes}</source>
        <translation>曾用编号 {codes}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date}（{age} 岁）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>入组日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>是否工作</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>撤回知情同意日期</translation>
    </message>
    <message>
        <source>Cares for {code}</source>
        <translation>照料对象：{code}</translation>
    </message>
    <message>
        <source>Cared for by {code}</source>
        <translation>照料者：{code}</translation>
    </message>
    <message>
        <source>No caregiver linked.</source>
        <translation>尚未关联照料者。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Open the screening of {date}…</source>
        <translation>打开 {date} 的筛查…</translation>
    </message>
    <message>
        <source>Open the needs interview of {date}…</source>
        <translation>打开 {date} 的服务前需求访谈…</translation>
    </message>
    <message>
        <source>Record a needs interview…</source>
        <translation>记录服务前需求访谈…</translation>
    </message>
    <message>
        <source>the needs interview of {code}</source>
        <translation>{code} 的服务前需求访谈</translation>
    </message>
    <message>
        <source>No screening recorded.</source>
        <translation>尚无筛查记录。</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>{date} 签署</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>Screened on {date} for the role {role}</source>
        <translation>{date} 按{role}标准筛查</translation>
    </message>
    <message>
        <source>assessed by {name}</source>
        <translation>评估人 {name}</translation>
    </message>
    <message>
        <source>PSP score {score}</source>
        <translation>PSP评分 {score}</translation>
    </message>
    <message>
        <source>willing to be contacted for follow-up</source>
        <translation>愿意接受随访联系</translation>
    </message>
    <message>
        <source>not willing to be contacted for follow-up</source>
        <translation>不愿意接受随访联系</translation>
    </message>
    <message>
        <source>{who} has withdrawn consent?

Their name, phone, address, emergency contact and the notes written about them are erased for good, here and, with the next bundle, at the project manager. Their code, roles, dates, attendance and answers are kept for the counts, with the birth date cut to the year.</source>
        <translation>{who} 已撤回知情同意？

此人的姓名、电话、住址、紧急联系人以及关于此人的备注将被永久删除：在本站立即删除，随下一次数据包在项目管理员处删除。编号、角色、日期、出勤和回答仍保留用于统计，出生日期只保留年份。</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回知情同意</translation>
    </message>
    <message>
        <source>changes to {code}</source>
        <translation>{code} 的修改</translation>
    </message>
    <message>
        <source>code {old} corrected to {new}</source>
        <translation>编号 {old} 已更正为 {new}</translation>
    </message>
    <message>
        <source>the status change of {code}</source>
        <translation>{code} 的状态变更</translation>
    </message>
    <message>
        <source>the caregiver link of {code}</source>
        <translation>{code} 的照料者关联</translation>
    </message>
</context>
<context>
    <name>PersonEditDialog</name>
    <message>
        <source>Edit {code}</source>
        <translation>修改 {code}</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Activity Plan Form</source>
        <translation>活动计划表</translation>
    </message>
    <message>
        <source>What the community doctor or psychologist advised before the session</source>
        <translation>社区医生或心理师在活动前给出的指导意见</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Start from the activity library…</source>
        <translation>从活动库选择方案…</translation>
    </message>
    <message>
        <source>Save this plan to the library</source>
        <translation>将此方案存入活动库</translation>
    </message>
    <message>
        <source>until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始时间</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束时间</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>场地说明</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>活动主题类别</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <source>Other format</source>
        <translation>其他形式</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>带领的同伴支持者</translation>
    </message>
    <message>
        <source>Assisting peers</source>
        <translation>协助的同伴支持者</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Direction given by</source>
        <translation>活动前指导人</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>活动前指导意见</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Planned {n} session(s) of “{theme}” from {day}</source>
        <translation>自{day}起计划的{n}次活动“{theme}”</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language shows after the application restarts.</source>
        <translation>重新启动程序后显示新的语言。</translation>
    </message>
    <message>
        <source>Lock after no use for</source>
        <translation>无操作多久后锁定</translation>
    </message>
    <message>
        <source>Second backup folder (e.g. a USB stick)</source>
        <translation>第二备份文件夹（如U盘）</translation>
    </message>
    <message>
        <source>Peers see people's names as</source>
        <translation>同伴支持者看到的姓名形式</translation>
    </message>
    <message>
        <source>Community doctors and other professionals always see full names; research assistants see codes.</source>
        <translation>社区医生和其他专业人员始终看到全名；研究助理只看到编号。</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合整页</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>录入错误…</translation>
    </message>
    <message>
        <source>Cross it out: gone from lists and reports, history kept</source>
        <translation>划掉此记录：不再出现在列表和报表中，修改记录仍保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Why was this record entered in error?</source>
        <translation>为什么这条记录是录入错误？</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>the record marked entered in error</source>
        <translation>记录已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet (capitals, spaces and dashes do not matter), the user name whose password is forgotten, and a new password.</source>
        <translation>请输入恢复密钥页上的恢复密钥（大小写、空格和横线都可以忽略）、忘记密码的用户名，以及新密码。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted. If every password is forgotten, this recovery key opens it and lets a new password be set. It is shown only now: print the recovery sheet (or write the key down) and lock it away, not with the computer.</source>
        <translation>本机数据库已加密。如果所有密码都忘了，可以用这个恢复密钥打开数据库并设置新密码。恢复密钥只显示这一次：请打印恢复密钥页（或抄下密钥），锁在安全的地方，不要和电脑放在一起。</translation>
    </message>
    <message>
        <source>The key file beside the database holds what opens it: back it up with the database. If both the key file and the recovery key are lost, the data is lost.</source>
        <translation>数据库旁边的密钥文件保存着打开数据库所需的密钥，请和数据库一起备份。密钥文件和恢复密钥都丢失时，数据将无法恢复。</translation>
    </message>
    <message>
        <source>Print or save the recovery sheet…</source>
        <translation>打印或保存恢复密钥页…</translation>
    </message>
    <message>
        <source>I have put it away safely</source>
        <translation>我已妥善保管</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复密钥页</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Build the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Save this chart as an image…</source>
        <translation>将此图表另存为图片…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Communities (none ticked: all)</source>
        <translation>社区（不勾选即全部）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>No report yet. Choose the period and the communities above, then build the report to see its charts and tables.</source>
        <translation>还没有生成报告。请在上方选择时段和社区，然后生成报告，即可查看图表和表格。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The report was not built.</source>
        <translation>报告未生成。</translation>
    </message>
    <message>
        <source>{n} sessions held in the period.</source>
        <translation>该时期共开展 {n} 次活动。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report is saved in {file}.</source>
        <translation>报告已保存到 {file}。</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Images (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>SavedLine</name>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>the screening of {person} on {day} ({role})</source>
        <translation>{person} 于 {day} 的筛查（{role}）</translation>
    </message>
    <message>
        <source>correction of {what}</source>
        <translation>{what}的更正</translation>
    </message>
    <message>
        <source>{what} marked entered in error</source>
        <translation>{what}已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Answer Yes or No for each inclusion criterion, as the assessor found it, and choose where the evidence came from.</source>
        <translation>按评估结果为每条入组标准选择“是”或“否”，并选择依据来源。</translation>
    </message>
    <message>
        <source>PSP score</source>
        <translation>PSP评分</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>筛查日期</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>⚠ Not met: {labels}. You will be asked to confirm.</source>
        <translation>⚠ 不符合：{labels}。保存时将请您确认。</translation>
    </message>
    <message>
        <source>Answer Yes or No for: {labels}.</source>
        <translation>请对以下标准选择“是”或“否”：{labels}。</translation>
    </message>
    <message>
        <source>{met} of {total} met</source>
        <translation>{total} 项中符合 {met} 项</translation>
    </message>
    <message>
        <source>Inclusion criteria</source>
        <translation>入组标准</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Double-click a report to see it whole</source>
        <translation>双击报告可查看全部内容</translation>
    </message>
    <message>
        <source>Emergency reports</source>
        <translation>紧急事件报告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>活动主题类别</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>活动形式</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>带领的同伴支持者</translation>
    </message>
    <message>
        <source>Assisting peers</source>
        <translation>协助的同伴支持者</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>活动前指导意见</translation>
    </message>
    <message>
        <source>Change the plan…</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <source>This session has not been logged.</source>
        <translation>本次活动尚未记录。</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <source>Peers present</source>
        <translation>到场的同伴支持者</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>到场的工作人员</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>服务对象的反馈</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Venue and topic as held</source>
        <translation>实际场地和主题类别</translation>
    </message>
    <message>
        <source>Adverse event during the session</source>
        <translation>活动中的不良事件</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>提交批次</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Paper sheets…</source>
        <translation>纸质表格…</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Correct the log…</source>
        <translation>更正活动记录…</translation>
    </message>
    <message>
        <source>{status}: {reason}{note}</source>
        <translation>{status}：{reason}{note}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>No emergency was reported from this session.</source>
        <translation>本次活动没有紧急事件报告。</translation>
    </message>
    <message>
        <source>Emergency reports ({n})</source>
        <translation>紧急事件报告（{n}）</translation>
    </message>
    <message>
        <source>the plan of “{theme}” on {day}</source>
        <translation>{day}“{theme}”的活动计划</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>活动主题类别</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead peer</source>
        <translation>带领的同伴支持者</translation>
    </message>
    <message>
        <source>Consumers present</source>
        <translation>到场服务对象</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search sessions…</source>
        <translation>搜索活动…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>计划活动</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Delete (planned by mistake)…</source>
        <translation>删除（误建的计划）…</translation>
    </message>
    <message>
        <source>Activity Plan Form</source>
        <translation>活动计划表</translation>
    </message>
    <message>
        <source>Activity Process Form</source>
        <translation>活动过程记录表</translation>
    </message>
    <message>
        <source>Participant List</source>
        <translation>参与者签到表</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>还没有计划的活动。</translation>
    </message>
    <message>
        <source>The sessions could not be read</source>
        <translation>无法读取活动记录</translation>
    </message>
    <message>
        <source>{shown} of {n} sessions</source>
        <translation>共 {n} 个活动，显示 {shown} 个</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>共 {n} 次活动</translation>
    </message>
    <message>
        <source>{n} sessions from {start} to {end}</source>
        <translation>{start} 至 {end} 共 {n} 次活动</translation>
    </message>
    <message>
        <source>(reading the other sessions…)</source>
        <translation>（正在读取其余活动…）</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the session of {day}, "{theme}", as planned by mistake? It is kept in the log, marked deleted.</source>
        <translation>确定将 {day} 的活动“{theme}”作为误建的计划删除吗？记录会保留在日志中，并标记为已删除。</translation>
    </message>
    <message>
        <source>the deletion of the session of {day}</source>
        <translation>删除{day}的活动</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>设置本站点</translation>
    </message>
    <message>
        <source>Optional: the project file from the project manager</source>
        <translation>可选：项目管理员提供的项目文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>站点编号</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>社区编号</translation>
    </message>
    <message>
        <source>Community name (Chinese)</source>
        <translation>社区名称（中文）</translation>
    </message>
    <message>
        <source>Community name (English)</source>
        <translation>社区名称（英文）</translation>
    </message>
    <message>
        <source>Service started on</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Community doctor's name</source>
        <translation>社区医生姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Welcome. Set up this computer's database once: the site, its first community and the community doctor who will manage accounts. The database is encrypted; you will be given a recovery key to print and lock away.</source>
        <translation>欢迎使用。请为本机数据库做一次设置：站点、第一个社区，以及管理账户的社区医生。数据库将被加密；设置完成后会给您一个恢复密钥，请打印并锁好。</translation>
    </message>
    <message>
        <source>Project files (*.json);;All files (*)</source>
        <translation>项目文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SheetReviewDialog</name>
    <message>
        <source>ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>uncertain: decide</source>
        <translation>无法确定的勾选：请判断</translation>
    </message>
    <message>
        <source>Read paper sheets</source>
        <translation>读取纸质表格</translation>
    </message>
    <message>
        <source>Not read: {source}: {reason}</source>
        <translation>未读取：{source}：{reason}</translation>
    </message>
    <message>
        <source>&lt;span style="color:{ticked}"&gt;■ ticked&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{uncertain}"&gt;■ uncertain: decide&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{empty}"&gt;■ empty&lt;/span&gt;</source>
        <translation>&lt;span style="color:{ticked}"&gt;■ 已勾选&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{uncertain}"&gt;■ 无法确定：请判断&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style="color:{empty}"&gt;■ 未勾选&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The sheet is right: correct the log</source>
        <translation>以表格为准：更正记录</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束时间</translation>
    </message>
    <message>
        <source>Interview date (as written on the sheet)</source>
        <translation>访谈日期（按纸上所写）</translation>
    </message>
    <message>
        <source>Date and time (as written on the form)</source>
        <translation>发生时间（按表上所写）</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Boxes (uncertain first): tick or clear each</source>
        <translation>勾选框（无法确定的在前）：逐一勾选或取消</translation>
    </message>
    <message>
        <source>Sessions read</source>
        <translation>已读取的活动</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Save this session</source>
        <translation>保存此活动</translation>
    </message>
    <message>
        <source>Pages read: {pages}; not read: {refused}.</source>
        <translation>已读取页数：{pages}；未读取：{refused}。</translation>
    </message>
    <message>
        <source>New report ({code}): {forms}, pages: {n}</source>
        <translation>新报告（{code}）：{forms}，共 {n} 页</translation>
    </message>
    <message>
        <source>{when} ({code}): {forms}, pages: {n}</source>
        <translation>{when}（{code}）：{forms}，共 {n} 页</translation>
    </message>
    <message>
        <source>{person} ({code}): {forms}, pages: {n}</source>
        <translation>{person}（{code}）：{forms}，共 {n} 页</translation>
    </message>
    <message>
        <source>{day} {start} ({code}): {forms}, pages: {n}</source>
        <translation>{day} {start}（{code}）：{forms}，共 {n} 页</translation>
    </message>
    <message>
        <source>{form}, page {page}</source>
        <translation>{form}，第 {page} 页</translation>
    </message>
    <message>
        <source>{box}: {state}</source>
        <translation>{box}：{state}</translation>
    </message>
    <message>
        <source>Save these answers</source>
        <translation>保存这些回答</translation>
    </message>
    <message>
        <source>Save this screening</source>
        <translation>保存此筛查</translation>
    </message>
    <message>
        <source>Report this emergency</source>
        <translation>报告此紧急事件</translation>
    </message>
    <message>
        <source>Save this emergency form</source>
        <translation>保存此紧急事件报告表</translation>
    </message>
    <message>
        <source>{question} {answer}</source>
        <translation>{question} {answer}</translation>
    </message>
    <message>
        <source>Read before: saved on {day}.</source>
        <translation>此前已读取：保存于 {day}。</translation>
    </message>
    <message>
        <source>The same page was among those read more than once.</source>
        <translation>同一页面被读取了不止一次。</translation>
    </message>
    <message>
        <source>Handwritten notes attached: {fields}.</source>
        <translation>已附手写内容：{fields}。</translation>
    </message>
    <message>
        <source>The sheet is right: correct the report</source>
        <translation>以表格为准：更正报告</translation>
    </message>
    <message>
        <source>The sheet is right: correct the screening</source>
        <translation>以表格为准：更正筛查记录</translation>
    </message>
    <message>
        <source>Already logged differently:</source>
        <translation>已有不同的记录：</translation>
    </message>
    <message>
        <source>Already logged as the sheet says.</source>
        <translation>已按表格内容记录。</translation>
    </message>
    <message>
        <source>Already recorded differently:</source>
        <translation>已有不同的记录：</translation>
    </message>
    <message>
        <source>Screening date (as written on the sheet)</source>
        <translation>筛查日期（按纸上所写）</translation>
    </message>
    <message>
        <source>A blank form not yet reported: saving reports the event from its ticks. Say when and where it happened; what is written by hand is kept with the report, to be typed in later.</source>
        <translation>尚未报告的空白表格：保存后将根据勾选内容报告此事件。请填写发生的时间和社区；手写内容随报告保存，以后再录入。</translation>
    </message>
    <message>
        <source>Already reported differently:</source>
        <translation>已有不同的报告：</translation>
    </message>
    <message>
        <source>Already reported as the sheet says.</source>
        <translation>报告与表格内容一致。</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>已保存：{title}</translation>
    </message>
    <message>
        <source>Saved, with the page images.</source>
        <translation>已保存，并附页面图片。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery key…</source>
        <translation>忘记密码？使用恢复密钥…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status of {code}</source>
        <translation>变更 {code} 的状态</translation>
    </message>
    <message>
        <source>{code} is now: {role}, {status}</source>
        <translation>{code} 目前：{role}，{status}</translation>
    </message>
    <message>
        <source>Goes on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Returns (active again)</source>
        <translation>销假（恢复在组）</translation>
    </message>
    <message>
        <source>Quits</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Becomes a peer</source>
        <translation>转为同伴支持者</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>From this day {code} is on leave and is not expected at sessions.</source>
        <translation>自该日起 {code} 请假，暂不参加活动。</translation>
    </message>
    <message>
        <source>From this day {code} is active again as {role}.</source>
        <translation>自该日起 {code} 恢复以{role}身份在组。</translation>
    </message>
    <message>
        <source>{code} starts a new period as {role} from this day.</source>
        <translation>{code} 自该日起重新以{role}身份入组。</translation>
    </message>
    <message>
        <source>{code} stops taking part as {role}; the day is the first day out.</source>
        <translation>{code} 不再以{role}身份参加；该日为退出后的第一天。</translation>
    </message>
    <message>
        <source>{code} is a peer from this day. The last day as a consumer is the day before, so on no day is {code} both or neither.</source>
        <translation>{code} 自该日起为同伴支持者，作为服务对象的最后一天是前一天；因此 {code} 不会在同一天兼有两种身份，也不会有哪一天两者都不是。</translation>
    </message>
    <message>
        <source>No change of status is possible today.</source>
        <translation>今天无法变更状态。</translation>
    </message>
    <message>
        <source>Reason: say why the person quit.</source>
        <translation>原因：请说明退出原因。</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Record supervision</source>
        <translation>记录督导</translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Audio-recorded</source>
        <translation>是否录音</translation>
    </message>
    <message>
        <source>Peers who attended</source>
        <translation>参加的同伴支持者</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>参加的工作人员</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>讨论的问题</translation>
    </message>
    <message>
        <source>Difficulties the peers raised</source>
        <translation>同伴支持者提出的困难</translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation>督导人给予的指导</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>correction of the supervision of {day}</source>
        <translation>{day} 督导记录的更正</translation>
    </message>
    <message>
        <source>{kind} of {day} marked entered in error</source>
        <translation>{day} 的{kind}已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>讨论的问题</translation>
    </message>
</context>
<context>
    <name>SupervisionTrainingPage</name>
    <message>
        <source>Search supervision…</source>
        <translation>搜索督导…</translation>
    </message>
    <message>
        <source>Record supervision</source>
        <translation>记录督导</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation>督导记录表</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>No supervision recorded yet.</source>
        <translation>还没有督导记录。</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Open the course…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Open the training session…</source>
        <translation>打开培训场次…</translation>
    </message>
    <message>
        <source>Record a training session</source>
        <translation>记录一次培训</translation>
    </message>
    <message>
        <source>No training course yet. Start with the pre-service course.</source>
        <translation>还没有培训课程。请先建立岗前培训课程。</translation>
    </message>
    <message>
        <source>the training session of “{title}”</source>
        <translation>“{title}”的一次培训</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Training attendance sheet</source>
        <translation>培训签到表</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>the supervision of {day}</source>
        <translation>{day} 的督导记录</translation>
    </message>
    <message>
        <source>the course “{title}”</source>
        <translation>课程“{title}”</translation>
    </message>
    <message>
        <source>{day} {topic}: attended {present}, absent {absent}</source>
        <translation>{day} {topic}：出席 {present}，缺席 {absent}</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Record survey answers</source>
        <translation>记录评估回答</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Whose caregiver</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <source>Interviewer's role</source>
        <translation>访谈人角色</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>Reason, if not assessed</source>
        <translation>未评估的原因</translation>
    </message>
    <message>
        <source>Say why “{item}” was not assessed.</source>
        <translation>请说明“{item}”未评估的原因。</translation>
    </message>
    <message>
        <source>Tick at least one answer.</source>
        <translation>请至少选择一个回答。</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>All instruments</source>
        <translation>全部评估工具</translation>
    </message>
    <message>
        <source>Search answers…</source>
        <translation>搜索回答…</translation>
    </message>
    <message>
        <source>Record answers</source>
        <translation>记录回答</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>评估调查</translation>
    </message>
    <message>
        <source>No survey answers recorded yet.</source>
        <translation>还没有记录评估调查的回答。</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} 个回答</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Log this session</source>
        <translation>记录这次活动</translation>
    </message>
    <message>
        <source>Sessions waiting to be logged:</source>
        <translation>等待记录的活动：</translation>
    </message>
    <message>
        <source>No session is waiting to be logged.</source>
        <translation>没有等待记录的活动。</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>计划活动</translation>
    </message>
    <message>
        <source>Printed sheets not yet entered:</source>
        <translation>已打印但尚未录入的表格：</translation>
    </message>
    <message>
        <source>No printed sheet is waiting to be entered. Print a session's forms from the Sessions page.</source>
        <translation>没有等待录入的已打印表格。活动的表格可在“活动”页面打印。</translation>
    </message>
    <message>
        <source>Go to Sessions</source>
        <translation>前往“活动”页面</translation>
    </message>
    <message>
        <source>Sessions held but not yet logged: {n}</source>
        <translation>已开展但尚未记录的活动：{n}</translation>
    </message>
    <message>
        <source>Emergency reports not yet acknowledged: {n}</source>
        <translation>尚未确认接收的紧急事件报告：{n}</translation>
    </message>
    <message>
        <source>Next six-weekly hand-over: {day}, in {n} days</source>
        <translation>下次六周数据提交：{day}，还有 {n} 天</translation>
    </message>
</context>
<context>
    <name>TrainingSessionDialog</name>
    <message>
        <source>Record a training session</source>
        <translation>记录一次培训</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(not a pre-service workshop)</source>
        <translation>（非岗前培训工作坊）</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>培训形式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训人</translation>
    </message>
    <message>
        <source>Trainer's profession</source>
        <translation>培训人职业</translation>
    </message>
    <message>
        <source>Tick the peers who attended</source>
        <translation>请勾选出席的同伴支持者</translation>
    </message>
    <message>
        <source>correction of the training session of {day}</source>
        <translation>{day} 培训场次的更正</translation>
    </message>
    <message>
        <source>training session of {day} marked entered in error</source>
        <translation>{day} 的培训场次已标记为录入错误</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Who is joining</source>
        <translation>入组人员</translation>
    </message>
    <message>
        <source>Choose the role, give the person a code, and say which community.</source>
        <translation>选择角色，填写编号，并选择所属社区。</translation>
    </message>
    <message>
        <source>letters, digits, - and _, e.g. TJH-C21</source>
        <translation>字母、数字、- 和 _，例如 TJH-C21</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Code: give the person a code.</source>
        <translation>编号：请填写编号。</translation>
    </message>
    <message>
        <source>Code: {code} is already in use.</source>
        <translation>编号：{code} 已被使用。</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>plan sessions</source>
        <translation>计划活动</translation>
    </message>
    <message>
        <source>log sessions</source>
        <translation>登记活动记录</translation>
    </message>
    <message>
        <source>report emergencies</source>
        <translation>报告紧急事件</translation>
    </message>
    <message>
        <source>acknowledge emergency reports</source>
        <translation>确认接收紧急事件报告</translation>
    </message>
    <message>
        <source>enrol, screen or change participants</source>
        <translation>为参与者入组、筛查或更改信息</translation>
    </message>
    <message>
        <source>see clinical details</source>
        <translation>查看临床信息</translation>
    </message>
    <message>
        <source>see names and contact details</source>
        <translation>查看姓名和联系方式</translation>
    </message>
    <message>
        <source>record supervision</source>
        <translation>登记督导</translation>
    </message>
    <message>
        <source>record training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <source>record survey answers</source>
        <translation>登记问卷回答</translation>
    </message>
    <message>
        <source>export a bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>see reports</source>
        <translation>查看报告</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>record a consent withdrawal</source>
        <translation>登记撤回知情同意</translation>
    </message>
    <message>
        <source>change the site's settings</source>
        <translation>更改本站设置</translation>
    </message>
    <message>
        <source>see every site's records</source>
        <translation>查看所有站点的记录</translation>
    </message>
    <message>
        <source>a community doctor</source>
        <translation>社区医生</translation>
    </message>
    <message>
        <source>a psychiatrist</source>
        <translation>精神科医生</translation>
    </message>
    <message>
        <source>a clinical psychologist</source>
        <translation>临床心理师</translation>
    </message>
    <message>
        <source>a social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>a research assistant</source>
        <translation>研究助理</translation>
    </message>
    <message>
        <source>a peer</source>
        <translation>同伴支持者</translation>
    </message>
    <message>
        <source>the project manager</source>
        <translation>项目管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some}或{last}</translation>
    </message>
    <message>
        <source>Ask {who} to {what}.</source>
        <translation>请{who}{what}。</translation>
    </message>
    <message>
        <source>Your account may not {what}.</source>
        <translation>您的账户无权{what}。</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation>{value!r} 不是已知的职业。</translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation>请填写工作人员姓名。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>This password is one of the most common ones, which are tried first: choose another.</source>
        <translation>这个密码是最常见的密码之一，很容易被猜到：请换一个。</translation>
    </message>
    <message>
        <source>This site has accounts already: a community doctor adds the others.</source>
        <translation>本站已经有账户：其他账户由社区医生添加。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The account {name} is disabled already.</source>
        <translation>账户 {name} 已经停用。</translation>
    </message>
    <message>
        <source>{name} is the last active community doctor: add another community doctor's account first, so someone can still manage the site.</source>
        <translation>{name} 是最后一位在用的社区医生：请先添加另一位社区医生的账户，以便仍有人管理本站。</translation>
    </message>
    <message>
        <source>The account {name} is active already.</source>
        <translation>账户 {name} 已经在用。</translation>
    </message>
    <message>
        <source>The account {name} is disabled: enable it with a new password instead.</source>
        <translation>账户 {name} 已停用：请改为用新密码重新启用。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>No active account has the user name {name}.</source>
        <translation>没有用户名为 {name} 的在用账户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The account needs a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>A user name has at most {n} characters and no spaces.</source>
        <translation>用户名最多 {n} 个字符，不能有空格。</translation>
    </message>
    <message>
        <source>{value!r} is not a known role (one of: {known}).</source>
        <translation>{value!r} 不是已知的角色（可选：{known}）。</translation>
    </message>
    <message>
        <source>A peer's account names the peer's person code.</source>
        <translation>同伴支持者的账户需要填写该同伴支持者的编号。</translation>
    </message>
    <message>
        <source>Only a peer's account names a person's code; other accounts get a staff record.</source>
        <translation>只有同伴支持者的账户填写人员编号；其他账户会自动建立工作人员记录。</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer, so cannot have a peer's account.</source>
        <translation>{code} 目前没有以同伴支持者身份入组，不能建立同伴支持者账户。</translation>
    </message>
    <message>
        <source>{code} has an account already: {name}.</source>
        <translation>{code} 已经有账户：{name}。</translation>
    </message>
    <message>
        <source>Another program is writing to the database, so this sign-in could not be counted and is refused. Try again when it is done.</source>
        <translation>另一个程序正在写入数据库，本次登录无法计入，因此被拒绝。请等它完成后再试。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {n} minutes.</source>
        <translation>密码错误次数过多：此账户已锁定 {n} 分钟。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>No account has the user name {name}.</source>
        <translation>没有用户名为 {name} 的账户。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>… and {n} more like these</source>
        <translation>……另有 {n} 处类似问题</translation>
    </message>
    <message>
        <source>the audit key does not open ({reason}): no entry can be checked</source>
        <translation>审计密钥无法打开（{reason}）：无法检查任何记录</translation>
    </message>
    <message>
        <source>the audit key has been removed from the database: no entry can be checked</source>
        <translation>审计密钥已从数据库中被删除：无法检查任何记录</translation>
    </message>
    <message>
        <source>audit entry {id}: has no MAC though keyed entries come before it (written outside the program)</source>
        <translation>审计日志第 {id} 条：前面已有带密钥校验的记录，它却没有校验码（是在本程序之外写入的）</translation>
    </message>
    <message>
        <source>audit entry {id}: changed, or an entry before it removed</source>
        <translation>审计日志第 {id} 条：已被修改，或它之前的某条记录被删除</translation>
    </message>
    <message>
        <source>audit entries no. {first} to {last} are missing (deleted)</source>
        <translation>审计日志第 {first} 至 {last} 号记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>audit entry {id} (no. {seq}): changed: its MAC does not match (edited, or the chain recomputed without the key)</source>
        <translation>审计日志第 {id} 条（第 {seq} 号）：已被修改：校验码不符（内容被改动，或有人在没有密钥的情况下重新计算了链条）</translation>
    </message>
    <message>
        <source>audit entry {id} (no. {seq}): does not follow the entry before it (that one was changed)</source>
        <translation>审计日志第 {id} 条（第 {seq} 号）：与前一条接不上（前一条已被修改）</translation>
    </message>
    <message>
        <source>every audit entry has been deleted: the key file records {count} entries</source>
        <translation>审计日志已被全部删除：密钥文件记录共有 {count} 条</translation>
    </message>
    <message>
        <source>the last {n} audit entries are missing: the key file records {count} entries, the database holds {held} (deleted at the end, or an older copy of the database put in place)</source>
        <translation>审计日志最后 {n} 条缺失：密钥文件记录共有 {count} 条，数据库中只有 {held} 条（末尾的记录被删除，或换上了较旧的数据库副本）</translation>
    </message>
    <message>
        <source>the audit log is not the one the key file records: entry no. {count} has another MAC (the log was rewritten)</source>
        <translation>审计日志与密钥文件记录的不一致：第 {count} 号记录的校验码不同（日志被改写过）</translation>
    </message>
    <message>
        <source>{record}: has no audit entry (added outside the program, or its entries deleted)</source>
        <translation>{record}：没有审计日志记录（是在本程序之外添加的，或其日志记录已被删除）</translation>
    </message>
    <message>
        <source>{record}: changed without an audit entry</source>
        <translation>{record}：被修改过，但审计日志中没有相应记录</translation>
    </message>
    <message>
        <source>{record}: removed without an audit entry</source>
        <translation>{record}：被删除了，但审计日志中没有相应记录</translation>
    </message>
    <message>
        <source>the audit log is empty, yet the database holds records: its entries were deleted</source>
        <translation>审计日志是空的，但数据库里有记录：日志已被删除</translation>
    </message>
    <message>
        <source>Entries 1 to {n} were written before the keyed chain began on {day}: from then on they cannot be changed unnoticed; before, only their unkeyed chain guarded them.</source>
        <translation>第 1 至 {n} 条审计记录写于 {day} 启用密钥校验之前：从那天起，对它们的任何改动都会被发现；在那之前，只有不带密钥的校验保护它们。</translation>
    </message>
    <message>
        <source>This database is not encrypted: its audit key is stored in it, so the chain shows deleted entries only against the heads in the bundles sent to the project manager.</source>
        <translation>此数据库未加密，审计密钥就保存在其中，因此只有对照已发给项目管理员的数据包中记录的日志末端，才能发现被删除的审计记录。</translation>
    </message>
    <message>
        <source>The key file holds no head of the audit chain yet.</source>
        <translation>密钥文件中还没有记录审计日志的末端。</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a backup of this application: {reason}</source>
        <translation>{file} 不是本程序的备份：{reason}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>恢复前的数据库已保存在 {file}。</translation>
    </message>
    <message>
        <source>1 consent withdrawal made after this backup was applied again: {codes}</source>
        <translation>此备份之后撤回的 1 份知情同意已重新执行：{codes}</translation>
    </message>
    <message>
        <source>{n} consent withdrawals made after this backup were applied again: {codes}</source>
        <translation>此备份之后撤回的 {n} 份知情同意已重新执行：{codes}</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of the program (schema {revision}): install that version to restore it.</source>
        <translation>{file} 是新版本程序制作的（数据结构版本 {revision}）：请先安装该版本再恢复它。</translation>
    </message>
    <message>
        <source>{file} does not open with this database's key (a backup taken before the key was changed, or of another database): {reason}</source>
        <translation>{file} 无法用本数据库的密钥打开（可能是更换密钥之前的备份，或是其他数据库的备份）：{reason}</translation>
    </message>
    <message>
        <source>{file} is damaged (integrity check: {reason}); choose another backup.</source>
        <translation>{file} 已损坏（完整性检查：{reason}）；请选择其他备份。</translation>
    </message>
    <message>
        <source>This backup is of the project manager's database ({name}), not of this site {here}.</source>
        <translation>这个备份是项目管理员的数据库（{name}），不是本站点 {here} 的。</translation>
    </message>
    <message>
        <source>This backup is of site {site} ({name}), not of this site {here}.</source>
        <translation>这个备份是站点 {site}（{name}）的，不是本站点 {here} 的。</translation>
    </message>
    <message>
        <source>This backup is of another installation of site {here} (set up {theirs}), not of this one (set up {ours}).</source>
        <translation>这个备份来自站点 {here} 的另一次安装（设置于 {theirs}），不是本次安装（设置于 {ours}）的。</translation>
    </message>
    <message>
        <source>The database is open in another program or window: close it there first.</source>
        <translation>数据库正在另一个程序或窗口中打开：请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Only a database file can be restored.</source>
        <translation>只能恢复数据库文件。</translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <source>Say why the record was entered in error.</source>
        <translation>请说明这条记录为什么是录入错误。</translation>
    </message>
    <message>
        <source>Entered in error: {reason}</source>
        <translation>录入错误：{reason}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong and the program could not finish what it was doing. What was saved before is safe: check that the last thing you did was kept, and do it again if not.</source>
        <translation>出错了，程序未能完成刚才的操作。之前保存的内容不受影响：请检查最后一步操作是否已保存，如未保存请重做。</translation>
    </message>
    <message>
        <source>If it happens again, give this file to whoever supports the program:
{path}</source>
        <translation>如果再次出现，请把这个文件交给负责维护本程序的人员：
{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo project created:</source>
        <translation>已创建演示项目：</translation>
    </message>
    <message>
        <source>  communities: {n}</source>
        <translation>  社区：{n}</translation>
    </message>
    <message>
        <source>  peers: {n}, consumers: {m}, caregivers: {k}</source>
        <translation>  同伴支持者：{n}，服务对象：{m}，照料者：{k}</translation>
    </message>
    <message>
        <source>  sessions held: {n}, cancelled: {m}</source>
        <translation>  已开展活动：{n}，已取消：{m}</translation>
    </message>
    <message>
        <source>  consumers attending: {n}</source>
        <translation>  服务对象出席人次：{n}</translation>
    </message>
    <message>
        <source>  emergency events: {n}</source>
        <translation>  紧急事件：{n}</translation>
    </message>
    <message>
        <source>  supervisions: {n}, training sessions: {m}</source>
        <translation>  督导：{n}，培训：{m}</translation>
    </message>
    <message>
        <source>  survey answers: {n}</source>
        <translation>  评估回答：{n}</translation>
    </message>
    <message>
        <source>This database already holds people; the demo only fills an empty site.</source>
        <translation>此数据库中已有人员，演示数据只能填入空站点。</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>要放弃已填写的内容吗？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>此表中填写的内容尚未保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Keep it as a draft to finish it later, on this computer, under your account.</source>
        <translation>此表中填写的内容还没有保存。可以存为草稿，以后在这台电脑上用您的账户接着填写。</translation>
    </message>
    <message>
        <source>Keep what you typed?</source>
        <translation>保留已填写的内容吗？</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回继续填写</translation>
    </message>
    <message>
        <source>This is your draft kept at {when}, put back as you left it. Check it and save it.</source>
        <translation>这是您在 {when} 存的草稿，已按原样填回。请检查后保存。</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
</context>
<context>
    <name>emergencies</name>
    <message>
        <source>Choose what kind of event it was.</source>
        <translation>请选择事件类型。</translation>
    </message>
    <message>
        <source>{value!r} is not a known kind of event.</source>
        <translation>{value!r} 不是已知的事件类别。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请填写事件经过。</translation>
    </message>
    <message>
        <source>Say what action was taken.</source>
        <translation>请填写采取的措施。</translation>
    </message>
    <message>
        <source>The event time must be a past moment.</source>
        <translation>事件时间必须是过去的时间。</translation>
    </message>
    <message>
        <source>{value!r} is not a known category of event.</source>
        <translation>{value!r} 不是已知的事件类型。</translation>
    </message>
    <message>
        <source>The form cannot be handed to the doctor in the future.</source>
        <translation>交给社区医生的时间不能是将来的时间。</translation>
    </message>
    <message>
        <source>The form was handed over before the event happened.</source>
        <translation>交给社区医生的时间早于事件发生时间。</translation>
    </message>
    <message>
        <source>This form's event is already reported.</source>
        <translation>此表格的事件已经报告过。</translation>
    </message>
    <message>
        <source>Acknowledge the report before closing it.</source>
        <translation>结案前请先确认接收报告。</translation>
    </message>
    <message>
        <source>Record the follow-up before closing.</source>
        <translation>结案前请先记录随访。</translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation>没有编号为 {key} 的紧急事件。</translation>
    </message>
    <message>
        <source>This report was closed on {day}: it can no longer be changed. Add an addendum instead.</source>
        <translation>此报告已于 {day} 结案，不能再修改。请改为添加补充说明。</translation>
    </message>
    <message>
        <source>Write the addendum before saving it.</source>
        <translation>请先填写补充说明再保存。</translation>
    </message>
    <message>
        <source>Only the person who reported it or a community doctor may change this report.</source>
        <translation>只有报告人或社区医生可以修改此报告。</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <source>Cannot open the database {file}: it is not a database, or it is encrypted and its key file {keys} is missing (put it back from the backups folder).</source>
        <translation>无法打开数据库 {file}：它不是数据库，或者已加密但缺少密钥文件 {keys}（请从备份文件夹放回）。</translation>
    </message>
    <message>
        <source>The database {file} is encrypted and cannot be opened: {reason}. Put the key file back from the backups folder.</source>
        <translation>数据库 {file} 已加密，无法打开：{reason}。请从备份文件夹把密钥文件放回原处。</translation>
    </message>
    <message>
        <source>The sign-in failed and could not be counted: {cause}</source>
        <translation>登录失败，且这次失败无法记录：{cause}</translation>
    </message>
    <message>
        <source>The recovery key is wrong: check each group of five against the recovery sheet.</source>
        <translation>恢复密钥不正确：请对照恢复密钥页逐组（每组五个字符）核对。</translation>
    </message>
    <message>
        <source>The database file {file} is missing, though its key file is there. Put the database back from a backup.</source>
        <translation>数据库文件 {file} 不见了，但密钥文件还在。请从备份中恢复数据库。</translation>
    </message>
    <message>
        <source>The key file does not belong to the database {file}.</source>
        <translation>密钥文件与数据库 {file} 不匹配。</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key.</source>
        <translation>此数据库未加密，因此没有恢复密钥。</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no key to change.</source>
        <translation>此数据库未加密，没有可更换的密钥。</translation>
    </message>
    <message>
        <source>The database is open in another program: close it there, then change the key.</source>
        <translation>数据库正在被另一个程序使用：请先在那里关闭它，再更换密钥。</translation>
    </message>
    <message>
        <source>This database is not encrypted, so it has no recovery key: a community doctor resets passwords.</source>
        <translation>此数据库未加密，因此没有恢复密钥：请社区医生重置密码。</translation>
    </message>
</context>
<context>
    <name>enrolment</name>
    <message>
        <source>The enrolment date {day} is in the future.</source>
        <translation>入组日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>Choose the person this caregiver cares for.</source>
        <translation>请选择该照料者照料的人。</translation>
    </message>
    <message>
        <source>Record the screening first.</source>
        <translation>请先记录筛查。</translation>
    </message>
    <message>
        <source>The consent date {day} is in the future.</source>
        <translation>签署日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>编号 {code} 已被使用。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>not a bundle file of this application</source>
        <translation>不是本程序的数据包文件</translation>
    </message>
    <message>
        <source>cannot be opened with this project's key: changed, cut short, or for another project</source>
        <translation>无法用本项目的密钥打开：文件被改动、不完整，或属于其他项目</translation>
    </message>
    <message>
        <source>cannot be opened: it was changed or damaged</source>
        <translation>无法打开：文件被改动或已损坏</translation>
    </message>
    <message>
        <source>cannot be opened: something follows its end</source>
        <translation>无法打开：文件结尾之后还有多余内容</translation>
    </message>
    <message>
        <source>the site's signature does not match</source>
        <translation>站点签名不符</translation>
    </message>
    <message>
        <source>damaged header ({reason})</source>
        <translation>文件头已损坏（{reason}）</translation>
    </message>
    <message>
        <source>damaged content ({reason})</source>
        <translation>内容已损坏（{reason}）</translation>
    </message>
    <message>
        <source>unknown bundle format {value!r}</source>
        <translation>未知的数据包格式 {value!r}</translation>
    </message>
    <message>
        <source>This site has not joined a project: join with the project file from the project manager (Exchange › Join a project…, or site join --project FILE).</source>
        <translation>本站点尚未加入项目：请用项目管理员提供的项目文件加入（数据交换 › 加入项目…，或 site join --project FILE）。</translation>
    </message>
    <message>
        <source>the manifest names another site</source>
        <translation>清单中的站点不一致</translation>
    </message>
    <message>
        <source>cannot be opened: the file is cut short</source>
        <translation>无法打开：文件不完整</translation>
    </message>
    <message>
        <source>the rows do not match the manifest's digest</source>
        <translation>记录与清单的校验值不符</translation>
    </message>
    <message>
        <source>the rows do not match the manifest's counts</source>
        <translation>记录与清单的数量不符</translation>
    </message>
    <message>
        <source>the manifest names another schema</source>
        <translation>清单所写的数据库版本与开头不符</translation>
    </message>
    <message>
        <source>the manifest names another format</source>
        <translation>清单所写的数据包格式与开头不符</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{done} {names}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{done} {names}：新增 {new}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
        <source>Warning: check these sites' audit logs:</source>
        <translation>警告：请核查以下站点的审计日志：</translation>
    </message>
    <message>
        <source>{file}: signed by a different key than site {site}'s confirmed key</source>
        <translation>{file}：签名密钥与站点 {site} 已确认的密钥不同</translation>
    </message>
    <message>
        <source>No bundle from site {site} has arrived yet.</source>
        <translation>尚未收到站点 {site} 的数据包。</translation>
    </message>
    <message>
        <source>{file}: site {site} is not confirmed yet. Check its key fingerprint {fingerprint} with the site, then confirm it: on the Exchange page, "Confirm the site's key…"; on the command line, sites confirm {site} {fingerprint}</source>
        <translation>{file}：站点 {site} 尚未确认。请与该站点核对密钥指纹 {fingerprint}，然后确认：在“数据交换”页点击“确认站点密钥…”；或在命令行运行 sites confirm {site} {fingerprint}</translation>
    </message>
    <message>
        <source>The fingerprint does not match site {site}'s key.</source>
        <translation>密钥指纹与站点 {site} 的密钥不符。</translation>
    </message>
    <message>
        <source>{file}: bundle number {n} of site {site} jumps more than {jump} past the last one received ({last})</source>
        <translation>{file}：站点 {site} 的数据包编号 {n} 比已收到的最后一个（{last}）跳过了 {jump} 以上</translation>
    </message>
    <message>
        <source>{file}: unknown tables {tables}</source>
        <translation>{file}：未知的数据表 {tables}</translation>
    </message>
    <message>
        <source>{file}: made for another project</source>
        <translation>{file}：是为另一个项目制作的</translation>
    </message>
    <message>
        <source>{file}: {table} row {n}: {reason}</source>
        <translation>{file}：{table} 第 {n} 行：{reason}</translation>
    </message>
    <message>
        <source>{file}: {table} row {n} belongs to site {owner}, not {site}</source>
        <translation>{file}：{table} 第 {n} 行属于站点 {owner}，而不是 {site}</translation>
    </message>
    <message>
        <source>{file}: {table}.{column} refers to {parent} {key}, which is neither here nor in the bundle</source>
        <translation>{file}：{table}.{column} 指向的 {parent} {key} 既不在本库中，也不在数据包中</translation>
    </message>
    <message>
        <source>{file}: holds records that belong to another site</source>
        <translation>{file}：包含属于其他站点的记录</translation>
    </message>
    <message>
        <source>Bundles are imported at the project manager: run project create first.</source>
        <translation>数据包在项目管理员处导入：请先运行 project create。</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of the application; update the application first.</source>
        <translation>{file} 由更新版本的程序生成；请先更新程序。</translation>
    </message>
    <message>
        <source>The bundles conflict with records already here ({reason}); nothing was imported.</source>
        <translation>数据包与已有记录冲突（{reason}）；未导入任何数据。</translation>
    </message>
    <message>
        <source>{site}: bundle {n} of {total} missing</source>
        <translation>{site}：缺少第 {n} 号数据包（共 {total} 个）</translation>
    </message>
    <message>
        <source>{site}: bundles {first}-{last} of {total} missing</source>
        <translation>{site}：共 {total} 个数据包，缺少第 {first}-{last} 个</translation>
    </message>
    <message>
        <source>This database already holds a project.</source>
        <translation>此数据库已包含项目。</translation>
    </message>
    <message>
        <source>This database is a site's; use a new one.</source>
        <translation>此数据库属于站点；请使用新的数据库。</translation>
    </message>
    <message>
        <source>{file} is not a recovery copy: {reason}</source>
        <translation>{file} 不是恢复密钥文件：{reason}</translation>
    </message>
    <message>
        <source>The recovery key does not open {file}: check it against the recovery sheet.</source>
        <translation>恢复密钥打不开 {file}：请对照恢复密钥页核对。</translation>
    </message>
    <message>
        <source>{file} is not a project file: {reason}</source>
        <translation>{file} 不是项目文件：{reason}</translation>
    </message>
    <message>
        <source>This is the project manager's database: only a site joins a project.</source>
        <translation>这是项目管理员的数据库：只有站点才能加入项目。</translation>
    </message>
    <message>
        <source>This site has already joined a project.</source>
        <translation>本站点已经加入了一个项目。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>Set this database up first (init).</source>
        <translation>请先设置此数据库（init）。</translation>
    </message>
    <message>
        <source>This site has no key yet: set it up with the project file first.</source>
        <translation>本站点还没有密钥：请先用项目文件设置站点。</translation>
    </message>
    <message>
        <source>Receipts are printed at the project manager.</source>
        <translation>导入回执由项目管理员打印。</translation>
    </message>
    <message>
        <source>The project's key does not open with this database's key: restore it from its recovery copy.</source>
        <translation>项目密钥无法用本数据库的密钥打开：请用它的恢复副本恢复。</translation>
    </message>
    <message>
        <source>The project's key is locked: sign in as a project manager who holds it, or restore it from its recovery copy.</source>
        <translation>项目密钥已锁定：请以持有该密钥的项目管理员身份登录，或用恢复副本恢复密钥。</translation>
    </message>
    <message>
        <source>{file}: the audit log head in the manifest is damaged</source>
        <translation>{file}：清单中的审计日志末端信息已损坏</translation>
    </message>
    <message>
        <source>Site {site}: its audit log went back from {before} entries (bundle {a}) to {after} (bundle {b}): entries were deleted, or an older copy of its database was put back.</source>
        <translation>站点 {site}：审计日志从 {before} 条（数据包 {a}）倒退到 {after} 条（数据包 {b}）：有记录被删除，或换回了较旧的数据库副本。</translation>
    </message>
    <message>
        <source>Site {site}: the audit log in bundle {b} does not continue the one in bundle {a}: it was rewritten (forked).</source>
        <translation>站点 {site}：数据包 {b} 中的审计日志不是数据包 {a} 中日志的延续：日志被改写过（出现分叉）。</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>This record was changed by {name} at {time} after you opened it; reload it and make your change again.</source>
        <translation>您打开这条记录后，{name} 于 {time} 修改了它；请重新打开这条记录后再修改。</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>全部符合</translation>
    </message>
    <message>
        <source>Not met: {criteria}</source>
        <translation>不符合：{criteria}</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可以撤销的内容。</translation>
    </message>
    <message>
        <source>Only the person who saved a change can undo it.</source>
        <translation>只有保存这次修改的人才能撤销它。</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始时间</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Venue details</source>
        <translation>场地说明</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>活动主题类别</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Other format</source>
        <translation>其他形式</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>热身</translation>
    </message>
    <message>
        <source>Main activity</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Note on cancelling</source>
        <translation>取消说明</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束时间</translation>
    </message>
    <message>
        <source>Theme as held</source>
        <translation>实际活动主题</translation>
    </message>
    <message>
        <source>Aim as held</source>
        <translation>实际活动目的</translation>
    </message>
    <message>
        <source>Consumers' feedback</source>
        <translation>服务对象反馈</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Direction before the session</source>
        <translation>活动前指导意见</translation>
    </message>
    <message>
        <source>Direction given by</source>
        <translation>活动前指导人</translation>
    </message>
    <message>
        <source>Topic category as held</source>
        <translation>实际活动主题类别</translation>
    </message>
    <message>
        <source>Venue as held</source>
        <translation>实际场地</translation>
    </message>
    <message>
        <source>Venue details as held</source>
        <translation>实际场地说明</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Record kept by</source>
        <translation>记录的同伴支持者</translation>
    </message>
    <message>
        <source>Hand-over batch</source>
        <translation>提交批次</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>在场工作人员</translation>
    </message>
    <message>
        <source>Attended as</source>
        <translation>参加身份</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>同伴支持者</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>负责环节</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>是否工作</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>撤回知情同意日期</translation>
    </message>
    <message>
        <source>Former codes</source>
        <translation>曾用编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>入组日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Participation status</source>
        <translation>参与状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照料者</translation>
    </message>
    <message>
        <source>Cares for</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告给</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认接收人</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>确认接收时间</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>不良事件或行为紧急事件</translation>
    </message>
    <message>
        <source>Form given to the doctor</source>
        <translation>交给社区医生的时间</translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Kind of supervision</source>
        <translation>督导类别</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导人</translation>
    </message>
    <message>
        <source>Topics raised</source>
        <translation>讨论的问题</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Difficulties the peers raised</source>
        <translation>同伴支持者提出的困难</translation>
    </message>
    <message>
        <source>Guidance given</source>
        <translation>督导人给予的指导</translation>
    </message>
    <message>
        <source>Audio-recorded</source>
        <translation>是否录音</translation>
    </message>
    <message>
        <source>Supervisor's profession</source>
        <translation>督导人职业</translation>
    </message>
    <message>
        <source>Peer who attended</source>
        <translation>参加的同伴支持者</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>参加的工作人员</translation>
    </message>
    <message>
        <source>Kind of training</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训人</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Trainer's profession</source>
        <translation>培训人职业</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>未评估的原因</translation>
    </message>
    <message>
        <source>Whose caregiver</source>
        <translation>照料对象</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <source>Interviewer's role</source>
        <translation>访谈人角色</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>Screened for the role</source>
        <translation>筛查的角色</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>筛查日期</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Inclusion criteria</source>
        <translation>入组标准</translation>
    </message>
    <message>
        <source>PSP score</source>
        <translation>PSP评分</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>来源途径</translation>
    </message>
    <message>
        <source>How the person came (other)</source>
        <translation>来源途径（其他）</translation>
    </message>
    <message>
        <source>Team psychiatrist</source>
        <translation>团队精神科医生</translation>
    </message>
    <message>
        <source>The team psychiatrist's assessment</source>
        <translation>团队精神科医生评估意见</translation>
    </message>
    <message>
        <source>Sources of evidence</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>有同情心，乐于助人</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>有实际工作技能</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>筛查确定的诊断</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>是否符合入组条件</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Willing to be contacted for follow-up</source>
        <translation>愿意接受随访联系</translation>
    </message>
    <message>
        <source>What they hope for</source>
        <translation>希望从服务中得到什么</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>方便参加的时间</translation>
    </message>
    <message>
        <source>Preferred activities</source>
        <translation>喜欢的活动</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>顾虑与担心</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Peer leading</source>
        <translation>带领的同伴支持者</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Caregiver link</source>
        <translation>照料关系</translation>
    </message>
    <message>
        <source>Emergency report</source>
        <translation>紧急事件报告</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Supervision attendance</source>
        <translation>督导出席</translation>
    </message>
    <message>
        <source>Pre-service needs interview</source>
        <translation>服务前需求访谈</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训出席</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>评估回答</translation>
    </message>
    <message>
        <source>Survey interview</source>
        <translation>评估访谈</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name and contact details</source>
        <translation>姓名和联系方式</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>入组</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>row {line}, column {column} ({value!r}): {reason}</source>
        <translation>第 {line} 行，{column} 列（{value!r}）：{reason}</translation>
    </message>
    <message>
        <source>line {line}, column {column} ({value!r}): {reason}</source>
        <translation>第 {line} 行，{column} 列（{value!r}）：{reason}</translation>
    </message>
    <message>
        <source>... and {n} more problems.</source>
        <translation>……另有 {n} 个问题。</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {n} problem(s) found:</source>
        <translation>{file}：未导入任何数据，发现 {n} 个问题：</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</source>
        <translation>不是日期；请写成 2015-09-01、2015/9/1 或 2015年9月1日</translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation>不是已知的{what}；请使用：{choices}</translation>
    </message>
    <message>
        <source>{file}: the text encoding is not understood; save it as CSV UTF-8.</source>
        <translation>{file}：无法识别文字编码；请另存为 CSV UTF-8 格式。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file} 不是文本文件。</translation>
    </message>
    <message>
        <source>{file}, line {line}: longer than {n} bytes.</source>
        <translation>{file}，第 {line} 行：超过 {n} 字节。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}，第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>{file} has no data lines.</source>
        <translation>{file} 中没有数据行。</translation>
    </message>
    <message>
        <source>{n} cells, but the header has {m} columns</source>
        <translation>有 {n} 个单元格，但表头只有 {m} 列</translation>
    </message>
    <message>
        <source>{file} is an old Excel workbook; in Excel choose Save As, .xlsx.</source>
        <translation>{file} 是旧版 Excel 工作簿；请在 Excel 中选择“另存为”，保存为 .xlsx。</translation>
    </message>
    <message>
        <source>missing columns: {names}</source>
        <translation>缺少列：{names}</translation>
    </message>
    <message>
        <source>unknown columns: {names}</source>
        <translation>未知的列：{names}</translation>
    </message>
    <message>
        <source>repeated columns: {names}</source>
        <translation>重复的列：{names}</translation>
    </message>
    <message>
        <source>{file}, line 1 (header): {problems}. Expected: {header}</source>
        <translation>{file}，第 1 行（表头）：{problems}。应为：{header}</translation>
    </message>
    <message>
        <source>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>读取{what} {read} 条：新增 {new}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
    <message>
        <source>the file changed while it was read; import it again</source>
        <translation>文件在读取期间被修改，请重新导入</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>a code is 1-32 letters, digits, - or _</source>
        <translation>编号由 1–32 个字母、数字、- 或 _ 组成</translation>
    </message>
    <message>
        <source>no community has this code</source>
        <translation>没有此编号的社区</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>left before enrolling</source>
        <translation>退出日期早于入组日期</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>请填写 yes 或 no（是或否）</translation>
    </message>
    <message>
        <source>only a caregiver cares for someone</source>
        <translation>只有照料者才有照料对象</translation>
    </message>
    <message>
        <source>a person cannot care for themselves</source>
        <translation>不能照料自己</translation>
    </message>
    <message>
        <source>born before 1900</source>
        <translation>出生早于1900年</translation>
    </message>
    <message>
        <source>the same code is on line {other}</source>
        <translation>与第 {other} 行编号相同</translation>
    </message>
    <message>
        <source>this code was corrected to {code}; use {code}</source>
        <translation>此编号已更正为 {code}，请使用 {code}</translation>
    </message>
    <message>
        <source>no person has this code, in the file or the database</source>
        <translation>文件和数据库中都没有此编号的人员</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>no person has this code</source>
        <translation>没有此编号的人员</translation>
    </message>
    <message>
        <source>not a known instrument; use one of: {choices}</source>
        <translation>不是已知的评估工具；请使用：{choices}</translation>
    </message>
    <message>
        <source>not an item of {instrument}; use one of: {choices}</source>
        <translation>不是 {instrument} 的条目；请使用：{choices}</translation>
    </message>
    <message>
        <source>{instrument} is for a {role}, and {person} never was one</source>
        <translation>{instrument} 适用于 {role}，而 {person} 从未担任该角色</translation>
    </message>
    <message>
        <source>the same answer is on line {other}</source>
        <translation>与第 {other} 行的回答重复</translation>
    </message>
    <message>
        <source>{file} unpacks to far more than a roster holds; open it in Excel and save it again, or save it as CSV UTF-8.</source>
        <translation>{file} 解压后远远超出名单应有的大小；请在 Excel 中打开后重新保存，或另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook that can be read ({reason}).</source>
        <translation>{file} 不是可以读取的 Excel 工作簿（{reason}）。</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{value!r} is not a known topic category.</source>
        <translation>{value!r} 不是已知的活动主题类别。</translation>
    </message>
    <message>
        <source>The activity needs a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No community has the code {code}.</source>
        <translation>没有编号为 {code} 的社区。</translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation>没有编号为 {code} 的人员。</translation>
    </message>
    <message>
        <source>More than one person had the code {code} before; use today's code.</source>
        <translation>曾有不止一人使用过编号 {code}，请使用现在的编号。</translation>
    </message>
    <message>
        <source>No staff member has the code {code}.</source>
        <translation>没有编号为 {code} 的工作人员。</translation>
    </message>
    <message>
        <source>No activity session has the key {key}.</source>
        <translation>没有编号为 {key} 的活动。</translation>
    </message>
</context>
<context>
    <name>name_forms</name>
    <message>
        <source>Full name (王小明)</source>
        <translation>全名（王小明）</translation>
    </message>
    <message>
        <source>Given name and initial (小明（王）)</source>
        <translation>名字加姓氏首字（小明（王））</translation>
    </message>
    <message>
        <source>There is no name form {form}.</source>
        <translation>没有“{form}”这种姓名形式。</translation>
    </message>
</context>
<context>
    <name>needs</name>
    <message>
        <source>{value!r} is not a known role.</source>
        <translation>{value!r} 不是已知的角色。</translation>
    </message>
    <message>
        <source>The interview date {day} is in the future.</source>
        <translation>访谈日期 {day} 在未来。</translation>
    </message>
    <message>
        <source>Write down at least one answer of the interview.</source>
        <translation>请至少记录一项访谈回答。</translation>
    </message>
    <message>
        <source>No needs interview has the key {key}.</source>
        <translation>没有键为 {key} 的服务前需求访谈。</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Please check:
{lines}

Save anyway?</source>
        <translation>请检查：
{lines}

仍然保存吗？</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Stopping; nothing will be changed…</source>
        <translation>正在停止；不会有任何更改…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The work was cancelled; nothing was changed.</source>
        <translation>操作已取消，没有任何更改。</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {folder} is not a folder.</source>
        <translation>无法写入 {path}：{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: a folder of that name is in the way.</source>
        <translation>无法写入 {path}：已有同名文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only or not yours.</source>
        <translation>无法写入 {path}：文件夹 {folder} 为只读或无权写入。</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} 不是已知的{what}。</translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation>出生日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>{role!r} is not a known role.</source>
        <translation>{role!r} 不是已知的角色。</translation>
    </message>
    <message>
        <source>Left on {left} is before enrolled on {enrolled}.</source>
        <translation>退出日期 {left} 早于入组日期 {enrolled}。</translation>
    </message>
    <message>
        <source>A person cannot be their own caregiver.</source>
        <translation>不能做自己的照料者。</translation>
    </message>
    <message>
        <source>{status!r} is not a known status.</source>
        <translation>{status!r} 不是已知的状态。</translation>
    </message>
    <message>
        <source>Say why the person quit.</source>
        <translation>请说明退出原因。</translation>
    </message>
    <message>
        <source>{code} is not enrolled as {role} on {day}.</source>
        <translation>{code} 在 {day} 未以 {role} 身份入组。</translation>
    </message>
    <message>
        <source>{code} is not enrolled as consumer on {day}.</source>
        <translation>{code} 在 {day} 不是在组的服务对象。</translation>
    </message>
    <message>
        <source>became a peer</source>
        <translation>转为同伴支持者</translation>
    </message>
    <message>
        <source>Caregiver: {code} is not enrolled as a caregiver.</source>
        <translation>照料者：{code} 未以照料者身份入组。</translation>
    </message>
    <message>
        <source>Cared for: {code} is not enrolled as a peer or consumer.</source>
        <translation>照料对象：{code} 未以同伴支持者或服务对象身份入组。</translation>
    </message>
</context>
<context>
    <name>person_edit</name>
    <message>
        <source>{code} withdrew consent on {day}: their details are not kept.</source>
        <translation>{code} 已于 {day} 撤回知情同意：其个人信息不再保存。</translation>
    </message>
    <message>
        <source>{code} is already this person's code.</source>
        <translation>{code} 已经是此人的编号。</translation>
    </message>
    <message>
        <source>The code {code} belonged to a deleted record; choose another.</source>
        <translation>编号 {code} 属于一条已删除的记录，请另选编号。</translation>
    </message>
    <message>
        <source>The code {code} is already in use.</source>
        <translation>编号 {code} 已被使用。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Unknown form {form}; use one of: {forms}.</source>
        <translation>未知的表格 {form}；请使用：{forms}。</translation>
    </message>
    <message>
        <source>The language is zh or en.</source>
        <translation>语言只能是 zh 或 en。</translation>
    </message>
    <message>
        <source>A {form} sheet is printed for: {roles}.</source>
        <translation>{form} 表适用于：{roles}。</translation>
    </message>
    <message>
        <source>Give the record with --id, or print --blank.</source>
        <translation>请用 --id 指定记录，或用 --blank 打印空白表。</translation>
    </message>
    <message>
        <source>A personal record is printed for one person: name them (--id).</source>
        <translation>个人档案只能为某一个人打印：请指定此人（--id）。</translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation>没有编号为 {key} 的紧急事件。</translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation>没有编号为 {code} 的人员。</translation>
    </message>
    <message>
        <source>Choose the role with --role: {roles}.</source>
        <translation>请用 --role 选择角色：{roles}。</translation>
    </message>
    <message>
        <source>Preparing the form for printing…</source>
        <translation>正在准备打印表格…</translation>
    </message>
    <message>
        <source>Laying out the list for printing…</source>
        <translation>正在排版列表，准备打印…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Name the site with --id CODE.</source>
        <translation>请用 --id CODE 指定站点。</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No community has the code {codes}; known: {known}.</source>
        <translation>没有代码为 {codes} 的社区；已有：{known}。</translation>
    </message>
    <message>
        <source>Nothing is recorded yet for these communities.</source>
        <translation>这些社区尚无任何记录。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>时段的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>Nothing is recorded between {start} and {end}: the data run from {first} to {last}.</source>
        <translation>{start} 至 {end} 之间没有任何记录：数据的时间范围为 {first} 至 {last}。</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Only peers, consumers and caregivers are screened, not {role!r}.</source>
        <translation>只筛查同伴支持者、服务对象和照料者，不筛查 {role!r}。</translation>
    </message>
    <message>
        <source>Unknown criteria: {names}.</source>
        <translation>未知的标准：{names}。</translation>
    </message>
    <message>
        <source>Say whether each criterion is met: {names}.</source>
        <translation>请说明每项标准是否符合：{names}。</translation>
    </message>
    <message>
        <source>The screening date {day} is in the future.</source>
        <translation>筛查日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>A PSP score lies between 1 and 100, not {score}.</source>
        <translation>PSP评分应在 1 到 100 之间，不能是 {score}。</translation>
    </message>
    <message>
        <source>The PSP score {score} does not agree with 'PSP score above 50'.</source>
        <translation>PSP评分 {score} 与“PSP评分高于50分”不一致。</translation>
    </message>
    <message>
        <source>Criterion not met: {label}.</source>
        <translation>不符合标准：{label}。</translation>
    </message>
    <message>
        <source>{value!r} is not a known way of coming.</source>
        <translation>{value!r} 不是已知的来源途径。</translation>
    </message>
    <message>
        <source>Say how the person came.</source>
        <translation>请说明此人的来源途径。</translation>
    </message>
    <message>
        <source>Unknown source of evidence for: {names}.</source>
        <translation>以下标准的依据来源未知：{names}。</translation>
    </message>
    <message>
        <source>{value!r} is not a known diagnosis.</source>
        <translation>{value!r} 不是已知的诊断。</translation>
    </message>
    <message>
        <source>Only peers are asked about compassion and practical skills.</source>
        <translation>只有同伴支持者需要评估同情心和实际工作技能。</translation>
    </message>
    <message>
        <source>Choose the person this caregiver cares for.</source>
        <translation>请选择该照料者照料的人。</translation>
    </message>
    <message>
        <source>Only a caregiver's sheet names the person cared for and follow-up.</source>
        <translation>只有照料者筛查表记录被照料者和随访意愿。</translation>
    </message>
    <message>
        <source>Say whether the person is eligible, or leave who and when empty.</source>
        <translation>请说明是否符合入组条件，或将决定人和日期留空。</translation>
    </message>
    <message>
        <source>{value!r} is not a known decision.</source>
        <translation>{value!r} 不是已知的决定。</translation>
    </message>
    <message>
        <source>Say who decided whether the person is eligible.</source>
        <translation>请说明由谁决定是否符合入组条件。</translation>
    </message>
    <message>
        <source>Say when the eligibility was decided.</source>
        <translation>请说明决定日期。</translation>
    </message>
    <message>
        <source>The decision date {day} is before the screening or in the future.</source>
        <translation>决定日期 {day} 早于筛查日期或在未来。</translation>
    </message>
    <message>
        <source>Decided eligible although not every criterion is met.</source>
        <translation>尚有入组标准不符合，但决定为符合入组条件。</translation>
    </message>
    <message>
        <source>{name} is not a psychiatrist: choose the team psychiatrist.</source>
        <translation>{name} 不是精神科医生：请选择团队精神科医生。</translation>
    </message>
    <message>
        <source>{name} may not decide eligibility: a psychiatrist or a community doctor does.</source>
        <translation>{name} 不能决定是否符合入组条件：应由精神科医生或社区医生决定。</translation>
    </message>
    <message>
        <source>{value!r} is not a known consent form.</source>
        <translation>{value!r} 不是已知的同意书。</translation>
    </message>
    <message>
        <source>The signing date {day} is in the future.</source>
        <translation>签署日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>No screening has the key {key}.</source>
        <translation>没有键为 {key} 的筛查记录。</translation>
    </message>
</context>
<context>
    <name>screening_sheet</name>
    <message>
        <source>Not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>session_record</name>
    <message>
        <source>You logged this session; you could correct it until {day}, seven days after the session. Ask a community doctor to correct it now.</source>
        <translation>本次活动由您记录；您可以在活动后七天内（{day}之前）更正。现在请社区医生更正。</translation>
    </message>
    <message>
        <source>Only a community doctor, or the person who logged the session within seven days of it, may correct its log.</source>
        <translation>只有社区医生，或在活动后七天内由记录该活动的人，才能更正活动记录。</translation>
    </message>
    <message>
        <source>Only the log of a session that was held can be corrected; this one was not logged.</source>
        <translation>只能更正已开展活动的记录；本次活动尚未记录。</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>The end {end} is not after the start {start}.</source>
        <translation>结束时间 {end} 不晚于开始时间 {start}。</translation>
    </message>
    <message>
        <source>The session lasts {n} minutes; sessions usually last {low}-{high}.</source>
        <translation>活动时长 {n} 分钟；活动通常为 {low}–{high} 分钟。</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer on {day}.</source>
        <translation>{code} 在 {day} 不是在组的同伴支持者。</translation>
    </message>
    <message>
        <source>Only {n} peer(s); a session needs at least two.</source>
        <translation>只有 {n} 名同伴支持者；每次活动至少需要两名。</translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} 不是已知的{what}。</translation>
    </message>
    <message>
        <source>No peer leads the session.</source>
        <translation>没有带领活动的同伴支持者。</translation>
    </message>
    <message>
        <source>The record keeper {code} is not one of the session's peers.</source>
        <translation>记录的同伴支持者 {code} 不是本次活动的同伴支持者。</translation>
    </message>
    <message>
        <source>{code} is not a community doctor or psychologist.</source>
        <translation>{code} 不是社区医生或心理师。</translation>
    </message>
    <message>
        <source>The session is dated {day}, in the future; it cannot have been held.</source>
        <translation>活动日期 {day} 晚于今天，不可能已经开展。</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a consumer in {community} on {day}.</source>
        <translation>{code} 在 {day} 不是 {community} 在组的服务对象。</translation>
    </message>
    <message>
        <source>{code} is on leave on {day}.</source>
        <translation>{code} 在 {day} 处于请假状态。</translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation>同时被标为出席和缺席：{codes}。</translation>
    </message>
    <message>
        <source>The record was kept by {code}, who is not marked present.</source>
        <translation>记录人 {code} 未标记为到场。</translation>
    </message>
    <message>
        <source>The hand-over batch is counted from 1.</source>
        <translation>提交批次从 1 开始计数。</translation>
    </message>
    <message>
        <source>Sessions repeat every 7 or 14 days.</source>
        <translation>活动只能每 7 天或每 14 天重复一次。</translation>
    </message>
    <message>
        <source>The repeat ends before the first session.</source>
        <translation>重复的结束日期早于第一次活动。</translation>
    </message>
    <message>
        <source>That makes {n} sessions; plan at most {most} at once.</source>
        <translation>这样会产生 {n} 次活动；一次最多计划 {most} 次。</translation>
    </message>
    <message>
        <source>{value!r} is not a known cancellation reason.</source>
        <translation>{value!r} 不是已知的取消原因。</translation>
    </message>
    <message>
        <source>Say why the session was cancelled.</source>
        <translation>请说明取消活动的原因。</translation>
    </message>
    <message>
        <source>A session that was held cannot be cancelled.</source>
        <translation>已开展的活动不能取消。</translation>
    </message>
    <message>
        <source>This session is not part of a series.</source>
        <translation>这次活动不属于重复系列。</translation>
    </message>
    <message>
        <source>A session that was held cannot be deleted; correct its log instead.</source>
        <translation>已开展的活动不能删除；请改为更正其活动记录。</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>the site's name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>the doctor's name</source>
        <translation>医生姓名</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>a community name</source>
        <translation>社区名称</translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>此数据库已经设置过。</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>Kind of event</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Adverse event or behavioural emergency</source>
        <translation>不良事件或行为紧急事件</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>Decide every uncertain mark first ({mark}).</source>
        <translation>请先对每个无法确定的勾选作出判断（{mark}）。</translation>
    </message>
    <message>
        <source>These pages are of more than one record.</source>
        <translation>这些页面属于不止一条记录。</translation>
    </message>
    <message>
        <source>More than one box is ticked for “{field}”: keep one.</source>
        <translation>“{field}”勾选了不止一项：请只保留一项。</translation>
    </message>
    <message>
        <source>“{field}”: reported as {before}, ticked {after}.</source>
        <translation>“{field}”：报告为“{before}”，纸上勾选为“{after}”。</translation>
    </message>
    <message>
        <source>“{field}” is open in the report: it becomes {after}.</source>
        <translation>报告中“{field}”尚未填写：将填为“{after}”。</translation>
    </message>
    <message>
        <source>Your account may not report emergencies.</source>
        <translation>您的账户不能报告紧急事件。</translation>
    </message>
    <message>
        <source>Only the person who reported this event or a community doctor may keep its form with the report.</source>
        <translation>只有报告此事件的人或社区医生可以将此表格保存到报告中。</translation>
    </message>
    <message>
        <source>The event is already reported differently:</source>
        <translation>该事件已有不同的报告：</translation>
    </message>
    <message>
        <source>Tick what kind of event it was.</source>
        <translation>请勾选事件类别。</translation>
    </message>
    <message>
        <source>Written by hand on the paper form kept with this report.</source>
        <translation>手写在随本报告保存的纸质表格上。</translation>
    </message>
    <message>
        <source>{code}: logged as not present, ticked on the sheet.</source>
        <translation>{code}：记录为未出席，表格上已勾选。</translation>
    </message>
    <message>
        <source>{code}: logged as present, not ticked on the sheet.</source>
        <translation>{code}：记录为出席，表格上未勾选。</translation>
    </message>
    <message>
        <source>The formats differ from those logged.</source>
        <translation>活动形式与已记录的不同。</translation>
    </message>
    <message>
        <source>The session was cancelled; its sheet is not entered.</source>
        <translation>该活动已取消；其表格不予录入。</translation>
    </message>
    <message>
        <source>The session is already logged differently:</source>
        <translation>该活动已有不同的记录：</translation>
    </message>
    <message>
        <source>Corrected from a paper sheet read back.</source>
        <translation>根据读取的纸质表格更正。</translation>
    </message>
    <message>
        <source>The picture is too small: scan at 150 dpi or more.</source>
        <translation>图片太小：请以 150 dpi 或更高分辨率扫描。</translation>
    </message>
    <message>
        <source>The registration marks in the corners were not found: the whole page must be in the picture.</source>
        <translation>未找到四角的定位标记：整页都必须在图片内。</translation>
    </message>
    <message>
        <source>The picture is too dark to read.</source>
        <translation>图片太暗，无法读取。</translation>
    </message>
    <message>
        <source>No readable QR code was found on the page.</source>
        <translation>页面上没有找到可读取的二维码。</translation>
    </message>
    <message>
        <source>The page is too distorted to straighten.</source>
        <translation>页面变形太大，无法校正。</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>无法读取该文件：{error}。</translation>
    </message>
    <message>
        <source>Not a PDF, JPEG, PNG or HEIC file.</source>
        <translation>不是 PDF、JPEG、PNG 或 HEIC 文件。</translation>
    </message>
    <message>
        <source>The PDF is damaged or not a PDF.</source>
        <translation>该 PDF 已损坏或不是 PDF 文件。</translation>
    </message>
    <message>
        <source>{file}, page {page}</source>
        <translation>{file}，第 {page} 页</translation>
    </message>
    <message>
        <source>The picture is damaged or not a picture.</source>
        <translation>该图片已损坏或不是图片。</translation>
    </message>
    <message>
        <source>The QR code is not one of this program's sheets.</source>
        <translation>该二维码不属于本程序打印的表格。</translation>
    </message>
    <message>
        <source>The sheet {code} has a layout this version of the program does not know ({form} {version}, layout {layout}); print it again.</source>
        <translation>表格 {code} 的版式本版本程序无法识别（{form} {version}，版式 {layout}）；请重新打印。</translation>
    </message>
    <message>
        <source>No record here has the code {code}: a sheet of another site or project?</source>
        <translation>本站点没有编号为 {code} 的记录：是否为其他站点或项目的表格？</translation>
    </message>
    <message>
        <source>The record {code} changed since this sheet was printed (who is enrolled, say): its boxes cannot be matched safely. Enter it by hand, or print the sheet again.</source>
        <translation>记录 {code} 在此表格打印后已有变动（例如入组人员）：无法可靠对应其中的勾选框。请手工录入，或重新打印表格。</translation>
    </message>
    <message>
        <source>Page images are kept beside a database file; this database is on a server.</source>
        <translation>页面图片保存在数据库文件旁；此数据库位于服务器上。</translation>
    </message>
    <message>
        <source>A stored page image cannot be opened.</source>
        <translation>无法打开已保存的页面图片。</translation>
    </message>
    <message>
        <source>More than one answer is ticked for “{question}”: keep one.</source>
        <translation>“{question}”勾选了不止一个答案：请只保留一个。</translation>
    </message>
    <message>
        <source>“{question}”: recorded as {before}, ticked {after}.</source>
        <translation>“{question}”：已记录为“{before}”，纸上勾选为“{after}”。</translation>
    </message>
    <message>
        <source>Answers of that day are already recorded differently:</source>
        <translation>当天的回答已有不同的记录：</translation>
    </message>
    <message>
        <source>No answer is ticked on the sheet.</source>
        <translation>纸上没有勾选任何答案。</translation>
    </message>
    <message>
        <source>How the person came</source>
        <translation>来源途径</translation>
    </message>
    <message>
        <source>Compassionate and willing to help</source>
        <translation>有同情心，乐于助人</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>有实际工作技能</translation>
    </message>
    <message>
        <source>Diagnosis found</source>
        <translation>筛查确定的诊断</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>是否符合入组条件</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>{criterion}: {answer}</source>
        <translation>{criterion}：{answer}</translation>
    </message>
    <message>
        <source>{field}: {answer}</source>
        <translation>{field}：{answer}</translation>
    </message>
    <message>
        <source>“{criterion}” is ticked both met and not met: keep one.</source>
        <translation>“{criterion}”同时勾选了符合和不符合：请只保留一个。</translation>
    </message>
    <message>
        <source>“{field}”: recorded as {before}, ticked {after}.</source>
        <translation>“{field}”：已记录为“{before}”，纸上勾选为“{after}”。</translation>
    </message>
    <message>
        <source>Written on the paper sheet kept.</source>
        <translation>写在已保存的纸质表格上。</translation>
    </message>
    <message>
        <source>A screening of that day is already recorded differently:</source>
        <translation>当天的筛查已有不同的记录：</translation>
    </message>
    <message>
        <source>Tick met or not met for every criterion: {names}.</source>
        <translation>请为每一项标准勾选符合或不符合：{names}。</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{what} code {code!r} must be 1-32 letters, digits, - or _.</source>
        <translation>{what}编号 {code!r} 须由 1–32 个字母、数字、- 或 _ 组成。</translation>
    </message>
    <message>
        <source>This database is not set up yet: run init --site CODE --name NAME.</source>
        <translation>此数据库尚未设置：请运行 init --site CODE --name NAME。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>请填写站点名称。</translation>
    </message>
    <message>
        <source>This database is already set up as site {code}.</source>
        <translation>此数据库已设置为站点 {code}。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>site_door</name>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>无法打开数据库：{error}</translation>
    </message>
    <message>
        <source>The database is being restored in another program or window: open it again when that is done.</source>
        <translation>数据库正在另一个程序或窗口中恢复：请在恢复完成后再打开。</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the disk is full: cannot write {place}</source>
        <translation>磁盘已满：无法写入 {place}</translation>
    </message>
    <message>
        <source>the disk cannot be read or written (I/O error): {place}</source>
        <translation>磁盘无法读写（输入/输出错误）：{place}</translation>
    </message>
    <message>
        <source>permission denied: {place}</source>
        <translation>没有权限：{place}</translation>
    </message>
    <message>
        <source>the disk is read-only: cannot write {place}</source>
        <translation>磁盘为只读：无法写入 {place}</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>{value!r} is not a known kind of supervision.</source>
        <translation>{value!r} 不是已知的督导类别。</translation>
    </message>
    <message>
        <source>The supervision date {day} is in the future.</source>
        <translation>督导日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>Each supervisor is named once.</source>
        <translation>每位督导人只能列一次。</translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation>{value!r} 不是已知的职业。</translation>
    </message>
    <message>
        <source>A supervision lasts 1 to {most} minutes, not {n}.</source>
        <translation>一次督导时长应为 1 到 {most} 分钟，不能是 {n} 分钟。</translation>
    </message>
    <message>
        <source>No supervision has the key {key}.</source>
        <translation>没有编号为 {key} 的督导记录。</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} 不是已知的{what}。</translation>
    </message>
    <message>
        <source>An answer of {person} on {day} is not of this interview.</source>
        <translation>{person} 在 {day} 的回答不属于本次访谈。</translation>
    </message>
    <message>
        <source>“{item}” is asked of a {whose}'s caregiver only.</source>
        <translation>“{item}”只询问{whose}的照料者。</translation>
    </message>
    <message>
        <source>{value!r} is not a known instrument.</source>
        <translation>{value!r} 不是已知的评估工具。</translation>
    </message>
    <message>
        <source>{item!r} is not an item of {instrument}.</source>
        <translation>{item!r} 不是 {instrument} 的条目。</translation>
    </message>
    <message>
        <source>{value!r} is not yes, no or not_assessed.</source>
        <translation>{value!r} 不是 yes、no 或 not_assessed。</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>日期 {day} 晚于今天。</translation>
    </message>
    <message>
        <source>{person} already has an answer to this question on {day}.</source>
        <translation>{person} 在 {day} 已有对此问题的回答。</translation>
    </message>
    <message>
        <source>No survey answer has the key {key}.</source>
        <translation>没有键为 {key} 的评估回答。</translation>
    </message>
    <message>
        <source>Consumer satisfaction</source>
        <translation>服务对象满意度</translation>
    </message>
    <message>
        <source>Caregiver satisfaction</source>
        <translation>照料者满意度</translation>
    </message>
    <message>
        <source>Peer's perceived benefit</source>
        <translation>同伴支持者自评获益</translation>
    </message>
    <message>
        <source>Consumer's perceived benefit</source>
        <translation>服务对象自评获益</translation>
    </message>
    <message>
        <source>Caregiver's perceived benefit</source>
        <translation>照料者自评获益</translation>
    </message>
    <message>
        <source>Satisfied with the peers?</source>
        <translation>对同伴支持者满意吗？</translation>
    </message>
    <message>
        <source>Wants to continue?</source>
        <translation>愿意继续参加吗？</translation>
    </message>
    <message>
        <source>Wants the consumer to continue to participate?</source>
        <translation>希望服务对象继续参加活动吗？</translation>
    </message>
    <message>
        <source>Wants the peer to continue to organize the activities?</source>
        <translation>希望同伴支持者继续组织活动吗？</translation>
    </message>
    <message>
        <source>Consumer's social communication improved?</source>
        <translation>服务对象的社交沟通有改善吗？</translation>
    </message>
    <message>
        <source>Own quality of life improved?</source>
        <translation>自己的生活质量有改善吗？</translation>
    </message>
    <message>
        <source>Peer's social communication improved?</source>
        <translation>同伴支持者的社交沟通有改善吗？</translation>
    </message>
    <message>
        <source>Working skills improved?</source>
        <translation>工作能力有提高吗？</translation>
    </message>
    <message>
        <source>Social communication improved?</source>
        <translation>社交沟通有改善吗？</translation>
    </message>
    <message>
        <source>Own mood improved?</source>
        <translation>自己的情绪有改善吗？</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>{value!r} is not a known kind of training.</source>
        <translation>{value!r} 不是已知的培训类别。</translation>
    </message>
    <message>
        <source>The course needs a title.</source>
        <translation>请填写课程名称。</translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation>课程结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The training session needs a topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} 不是已知的{what}。</translation>
    </message>
    <message>
        <source>A training session lasts 1 to 480 minutes.</source>
        <translation>一次培训时长应为 1 到 480 分钟。</translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation>同时被标记为出席和缺席：{codes}。</translation>
    </message>
    <message>
        <source>No training course has the key {key}.</source>
        <translation>没有编号为 {key} 的培训课程。</translation>
    </message>
    <message>
        <source>No training session has the key {key}.</source>
        <translation>没有编号为 {key} 的培训。</translation>
    </message>
</context>
<context>
    <name>withdrawal</name>
    <message>
        <source>{code} withdrew consent on {day} already.</source>
        <translation>{code} 已于 {day} 撤回知情同意。</translation>
    </message>
</context>
</TS>