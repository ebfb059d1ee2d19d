<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EmergenciesPage</name>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{name} was signed in. Type the password to go on where you left off.</source>
        <translation>{name} was signed in. Type the password to go on where you left off.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Emergencies</translation>
    </message>
    <message>
        <source>Supervision and training</source>
        <translation>Supervision and training</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Peer support service desk — {site}</source>
        <translation>Peer support service desk — {site}</translation>
    </message>
    <message>
        <source>{site} ({code}) · {user}, {role}</source>
        <translation>{site} ({code}) · {user}, {role}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Peer support service desk
Records, forms and evaluation of peer support.</source>
        <translation>Peer support service desk
Records, forms and evaluation of peer support.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language shows after the application restarts.</source>
        <translation>A new language shows after the application restarts.</translation>
    </message>
    <message>
        <source>Lock after no use for</source>
        <translation>Lock after no use for</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Set up this site</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Community code</source>
        <translation>Community code</translation>
    </message>
    <message>
        <source>Community name (Chinese)</source>
        <translation>Community name (Chinese)</translation>
    </message>
    <message>
        <source>Community name (English)</source>
        <translation>Community name (English)</translation>
    </message>
    <message>
        <source>Service started on</source>
        <translation>Service started on</translation>
    </message>
    <message>
        <source>Community doctor's name</source>
        <translation>Community doctor's name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Welcome. Set up this computer's database once: the site, its first community and the community doctor who will manage accounts.</source>
        <translation>Welcome. Set up this computer's database once: the site, its first community and the community doctor who will manage accounts.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>The passwords differ.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SupervisionTrainingPage</name>
    <message>
        <source>Supervision and training</source>
        <translation>Supervision and training</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sessions held but not yet logged: {n}</source>
        <translation>Sessions held but not yet logged: {n}</translation>
    </message>
    <message>
        <source>Emergency reports not yet acknowledged: {n}</source>
        <translation>Emergency reports not yet acknowledged: {n}</translation>
    </message>
    <message numerus="yes">
        <source>Next six-weekly hand-over: {day}, in %n day(s)</source>
        <translation>Next six-weekly hand-over: {day}, in %n day(s)<numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>{value!r} is not a known profession.</source>
        <translation>{value!r} is not a known profession.</translation>
    </message>
    <message>
        <source>The staff member needs a name.</source>
        <translation>The staff member needs a name.</translation>
    </message>
    <message>
        <source>The account needs a user name.</source>
        <translation>The account needs a user name.</translation>
    </message>
    <message>
        <source>{value!r} is not a known role.</source>
        <translation>{value!r} is not a known role.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>The user name {name} is taken.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo project created:</source>
        <translation>Demo project created:</translation>
    </message>
    <message>
        <source>  communities: {n}</source>
        <translation>  communities: {n}</translation>
    </message>
    <message>
        <source>  peers: {n}, consumers: {m}, caregivers: {k}</source>
        <translation>  peers: {n}, consumers: {m}, caregivers: {k}</translation>
    </message>
    <message>
        <source>  sessions held: {n}, cancelled: {m}</source>
        <translation>  sessions held: {n}, cancelled: {m}</translation>
    </message>
    <message>
        <source>  consumers attending: {n}</source>
        <translation>  consumers attending: {n}</translation>
    </message>
    <message>
        <source>  emergency events: {n}</source>
        <translation>  emergency events: {n}</translation>
    </message>
    <message>
        <source>  supervisions: {n}, training sessions: {m}</source>
        <translation>  supervisions: {n}, training sessions: {m}</translation>
    </message>
    <message>
        <source>  survey answers: {n}</source>
        <translation>  survey answers: {n}</translation>
    </message>
    <message>
        <source>This database already holds people; the demo only fills an empty site.</source>
        <translation>This database already holds people; the demo only fills an empty site.</translation>
    </message>
</context>
<context>
    <name>emergencies</name>
    <message>
        <source>{value!r} is not a known kind of event.</source>
        <translation>{value!r} is not a known kind of event.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Say what action was taken.</source>
        <translation>Say what action was taken.</translation>
    </message>
    <message>
        <source>The event time must be a past moment.</source>
        <translation>The event time must be a past moment.</translation>
    </message>
    <message>
        <source>Acknowledge the report before closing it.</source>
        <translation>Acknowledge the report before closing it.</translation>
    </message>
    <message>
        <source>Record the follow-up before closing.</source>
        <translation>Record the follow-up before closing.</translation>
    </message>
    <message>
        <source>No emergency event has the key {key}.</source>
        <translation>No emergency event has the key {key}.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>line {line}, column {column} ({value!r}): {reason}</source>
        <translation>line {line}, column {column} ({value!r}): {reason}</translation>
    </message>
    <message>
        <source>... and {n} more problems.</source>
        <translation>... and {n} more problems.</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {n} problem(s) found:</source>
        <translation>{file}: nothing was imported, {n} problem(s) found:</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>a date is required</translation>
    </message>
    <message>
        <source>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</source>
        <translation>not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日</translation>
    </message>
    <message>
        <source>not a known {what}; use one of: {choices}</source>
        <translation>not a known {what}; use one of: {choices}</translation>
    </message>
    <message>
        <source>{file}: the text encoding is not understood; save it as CSV UTF-8.</source>
        <translation>{file}: the text encoding is not understood; save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook; in Excel choose Save As, CSV UTF-8.</source>
        <translation>{file} is an Excel workbook; in Excel choose Save As, CSV UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file} is not a text file.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, line {line}: {reason}</translation>
    </message>
    <message>
        <source>{file} has no data lines.</source>
        <translation>{file} has no data lines.</translation>
    </message>
    <message>
        <source>{n} cells, but the header has {m} columns</source>
        <translation>{n} cells, but the header has {m} columns</translation>
    </message>
    <message>
        <source>missing columns: {names}</source>
        <translation>missing columns: {names}</translation>
    </message>
    <message>
        <source>unknown columns: {names}</source>
        <translation>unknown columns: {names}</translation>
    </message>
    <message>
        <source>repeated columns: {names}</source>
        <translation>repeated columns: {names}</translation>
    </message>
    <message>
        <source>{file}, line 1 (header): {problems}. Expected: {header}</source>
        <translation>{file}, line 1 (header): {problems}. Expected: {header}</translation>
    </message>
    <message>
        <source>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>a code is 1-32 letters, digits, - or _</source>
        <translation>a code is 1-32 letters, digits, - or _</translation>
    </message>
    <message>
        <source>no community has this code</source>
        <translation>no community has this code</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>the date is in the future</translation>
    </message>
    <message>
        <source>left before enrolling</source>
        <translation>left before enrolling</translation>
    </message>
    <message>
        <source>write yes or no</source>
        <translation>write yes or no</translation>
    </message>
    <message>
        <source>only a caregiver cares for someone</source>
        <translation>only a caregiver cares for someone</translation>
    </message>
    <message>
        <source>a person cannot care for themselves</source>
        <translation>a person cannot care for themselves</translation>
    </message>
    <message>
        <source>the same code is on line {other}</source>
        <translation>the same code is on line {other}</translation>
    </message>
    <message>
        <source>no person has this code, in the file or the database</source>
        <translation>no person has this code, in the file or the database</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>no person has this code</source>
        <translation>no person has this code</translation>
    </message>
    <message>
        <source>not a known instrument; use one of: {choices}</source>
        <translation>not a known instrument; use one of: {choices}</translation>
    </message>
    <message>
        <source>not an item of {instrument}; use one of: {choices}</source>
        <translation>not an item of {instrument}; use one of: {choices}</translation>
    </message>
    <message>
        <source>{instrument} is for a {role}, and {person} never was one</source>
        <translation>{instrument} is for a {role}, and {person} never was one</translation>
    </message>
    <message>
        <source>the same answer is on line {other}</source>
        <translation>the same answer is on line {other}</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No community has the code {code}.</source>
        <translation>No community has the code {code}.</translation>
    </message>
    <message>
        <source>No person has the code {code}.</source>
        <translation>No person has the code {code}.</translation>
    </message>
    <message>
        <source>No staff member has the code {code}.</source>
        <translation>No staff member has the code {code}.</translation>
    </message>
    <message>
        <source>No activity session has the key {key}.</source>
        <translation>No activity session has the key {key}.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>The birth date {day} is in the future.</source>
        <translation>The birth date {day} is in the future.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{role!r} is not a known role.</source>
        <translation>{role!r} is not a known role.</translation>
    </message>
    <message>
        <source>Left on {left} is before enrolled on {enrolled}.</source>
        <translation>Left on {left} is before enrolled on {enrolled}.</translation>
    </message>
    <message>
        <source>A person cannot be their own caregiver.</source>
        <translation>A person cannot be their own caregiver.</translation>
    </message>
    <message>
        <source>{status!r} is not a known status.</source>
        <translation>{status!r} is not a known status.</translation>
    </message>
    <message>
        <source>Say why the person quit.</source>
        <translation>Say why the person quit.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as {role} on {day}.</source>
        <translation>{code} is not enrolled as {role} on {day}.</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Only peers and consumers are screened, not {role!r}.</source>
        <translation>Only peers and consumers are screened, not {role!r}.</translation>
    </message>
    <message>
        <source>Unknown criteria: {names}.</source>
        <translation>Unknown criteria: {names}.</translation>
    </message>
    <message>
        <source>Say whether each criterion is met: {names}.</source>
        <translation>Say whether each criterion is met: {names}.</translation>
    </message>
    <message>
        <source>The screening date {day} is in the future.</source>
        <translation>The screening date {day} is in the future.</translation>
    </message>
    <message>
        <source>A PSP score lies between 1 and 100, not {score}.</source>
        <translation>A PSP score lies between 1 and 100, not {score}.</translation>
    </message>
    <message>
        <source>The PSP score {score} does not agree with 'PSP score above 50'.</source>
        <translation>The PSP score {score} does not agree with 'PSP score above 50'.</translation>
    </message>
    <message>
        <source>Criterion not met: {label}.</source>
        <translation>Criterion not met: {label}.</translation>
    </message>
    <message>
        <source>{value!r} is not a known consent form.</source>
        <translation>{value!r} is not a known consent form.</translation>
    </message>
    <message>
        <source>The signing date {day} is in the future.</source>
        <translation>The signing date {day} is in the future.</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>The end {end} is not after the start {start}.</source>
        <translation>The end {end} is not after the start {start}.</translation>
    </message>
    <message>
        <source>The session lasts {n} minutes; sessions usually last {low}-{high}.</source>
        <translation>The session lasts {n} minutes; sessions usually last {low}-{high}.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a peer on {day}.</source>
        <translation>{code} is not enrolled as a peer on {day}.</translation>
    </message>
    <message>
        <source>Only {n} peer(s); a session needs at least two.</source>
        <translation>Only {n} peer(s); a session needs at least two.</translation>
    </message>
    <message>
        <source>{value!r} is not a known {what}.</source>
        <translation>{value!r} is not a known {what}.</translation>
    </message>
    <message>
        <source>No peer leads the session.</source>
        <translation>No peer leads the session.</translation>
    </message>
    <message>
        <source>The session is dated {day}, in the future; it cannot have been held.</source>
        <translation>The session is dated {day}, in the future; it cannot have been held.</translation>
    </message>
    <message>
        <source>{code} is not enrolled as a consumer in {community} on {day}.</source>
        <translation>{code} is not enrolled as a consumer in {community} on {day}.</translation>
    </message>
    <message>
        <source>{code} is on leave on {day}.</source>
        <translation>{code} is on leave on {day}.</translation>
    </message>
    <message>
        <source>Marked both present and absent: {codes}.</source>
        <translation>Marked both present and absent: {codes}.</translation>
    </message>
    <message>
        <source>{value!r} is not a known cancellation reason.</source>
        <translation>{value!r} is not a known cancellation reason.</translation>
    </message>
    <message>
        <source>Say why the session was cancelled.</source>
        <translation>Say why the session was cancelled.</translation>
    </message>
    <message>
        <source>A session that was held cannot be cancelled.</source>
        <translation>A session that was held cannot be cancelled.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>the site's name</source>
        <translation>the site's name</translation>
    </message>
    <message>
        <source>the doctor's name</source>
        <translation>the doctor's name</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>a user name</translation>
    </message>
    <message>
        <source>a community name</source>
        <translation>a community name</translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation>Please fill in {what}.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>This database is already set up.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{what} code {code!r} must be 1-32 letters, digits, - or _.</source>
        <translation>{what} code {code!r} must be 1-32 letters, digits, - or _.</translation>
    </message>
    <message>
        <source>This database is not set up yet: run init --site CODE --name NAME.</source>
        <translation>This database is not set up yet: run init --site CODE --name NAME.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>The site needs a name.</translation>
    </message>
    <message>
        <source>This database is already set up as site {code}.</source>
        <translation>This database is already set up as site {code}.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>{value!r} is not a known kind of supervision.</source>
        <translation>{value!r} is not a known kind of supervision.</translation>
    </message>
    <message>
        <source>The supervision date {day} is in the future.</source>
        <translation>The supervision date {day} is in the future.</translation>
    </message>
</context>
<context>
    <name>surveys</name>
    <message>
        <source>{value!r} is not a known instrument.</source>
        <translation>{value!r} is not a known instrument.</translation>
    </message>
    <message>
        <source>{item!r} is not an item of {instrument}.</source>
        <translation>{item!r} is not an item of {instrument}.</translation>
    </message>
    <message>
        <source>{value!r} is not yes, no or not_assessed.</source>
        <translation>{value!r} is not yes, no or not_assessed.</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>The date {day} is in the future.</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>{value!r} is not a known kind of training.</source>
        <translation>{value!r} is not a known kind of training.</translation>
    </message>
    <message>
        <source>The course needs a title.</source>
        <translation>The course needs a title.</translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation>The course ends before it starts.</translation>
    </message>
    <message>
        <source>The training session needs a topic.</source>
        <translation>The training session needs a topic.</translation>
    </message>
    <message>
        <source>No training course has the key {key}.</source>
        <translation>No training course has the key {key}.</translation>
    </message>
</context>
</TS>