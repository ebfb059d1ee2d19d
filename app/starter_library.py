"""The starter activity library: ready plans for every topic category, in both languages.

Each entry: key, topic, formats, minutes, then (Chinese, English) pairs for the title,
aim, warm-up, main activity, closing summary and materials.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StarterPlan:
    """One ready activity plan."""

    key: str
    topic: str
    formats: tuple[str, ...]
    minutes: int
    title: tuple[str, str]
    aim: tuple[str, str]
    warm_up: tuple[str, str]
    main_activity: tuple[str, str]
    closing: tuple[str, str]
    materials: tuple[str, str]


STARTER_PLANS: tuple[StarterPlan, ...] = (
    StarterPlan(
        "cook-simple-dish", "daily_life_skills", ("group_discussion", "role_play"), 90,
        ("做一道家常菜", "Cooking a simple dish"),
        ("学会买菜、洗切和简单烹饪，提高独立生活能力", "Learn to shop, prepare and cook a simple dish, for independent living"),
        ("每人说一道自己爱吃的菜", "Each person names a favourite dish"),
        ("分组择菜、洗菜、切菜，在同伴示范下炒一道西红柿炒鸡蛋，一起品尝", "In small groups wash and cut vegetables, cook tomato and egg stir-fry after a peer's demonstration, and taste together"),
        ("说说做饭中最难的一步，回家可以怎么练习", "Name the hardest step and how to practise it at home"),
        ("西红柿、鸡蛋、电磁炉、炒锅、围裙", "Tomatoes, eggs, induction cooker, wok, aprons"),
    ),
    StarterPlan(
        "dumplings", "daily_life_skills", ("group_discussion",), 120,
        ("包饺子", "Making dumplings"),
        ("学会和面、调馅，体验合作完成一件事", "Learn to make dough and filling, and finish a task together"),
        ("分享自己家过年包饺子的习惯", "Share how your family makes dumplings at New Year"),
        ("同伴示范和面、擀皮、包饺子，组员分工合作，煮熟后一起吃", "Peers show how to knead, roll and fold; the group shares the work, cooks and eats together"),
        ("每人说一句合作的感受", "Each person says how working together felt"),
        ("面粉、肉馅、蔬菜、擀面杖、锅", "Flour, minced meat, vegetables, rolling pins, a pot"),
    ),
    StarterPlan(
        "messaging-app", "social_skills", ("lecture", "role_play"), 90,
        ("使用微信", "Using a messaging app"),
        ("学会用微信发消息、语音和视频，和家人朋友保持联系", "Learn to send messages, voice notes and video calls to keep in touch"),
        ("互相加好友，发一个表情", "Add each other as contacts and send an emoji"),
        ("同伴一步步演示发文字、语音、图片和视频通话；两人一组练习，给家人发一条问候", "A peer demonstrates text, voice, photos and video calls step by step; pairs practise and send a greeting to family"),
        ("说说学会了哪些功能，还有什么不会", "Say what you can now do and what is still hard"),
        ("智能手机、投影、练习步骤卡片", "Smartphones, projector, step-by-step cards"),
    ),
    StarterPlan(
        "body-language", "social_skills", ("role_play", "group_discussion"), 60,
        ("肢体语言与面部表情", "Body language and facial expression"),
        ("识别和表达情绪，改善与人交流", "Recognise and express emotions, to communicate better"),
        ("“猜表情”游戏：一人做表情，其他人猜情绪", "Guess-the-face game: one shows a feeling, the others guess"),
        ("观看表情图片并讨论；两人一组练习用眼神、手势和语气表达关心", "Look at pictures of faces and discuss; pairs practise showing care with eyes, gestures and tone"),
        ("每人说一个今天学到的交流小技巧", "Each person names one communication tip learned today"),
        ("表情图片卡、镜子", "Picture cards of faces, a mirror"),
    ),
    StarterPlan(
        "early-signs", "mental_disorder_knowledge", ("lecture", "personal_sharing"), 90,
        ("识别复发早期征兆", "Recognising early signs of relapse"),
        ("了解失眠、多疑、情绪变化等早期信号，学会及时求助", "Know early signs such as poor sleep, suspicion and mood change, and when to seek help"),
        ("说说自己最近的睡眠和心情", "Say how your sleep and mood have been lately"),
        ("同伴分享自己发病前的变化；一起列出“我的预警信号”和求助电话", "Peers share the changes they noticed before falling ill; each person lists their warning signs and whom to call"),
        ("把预警信号卡带回家，贴在显眼处", "Take the warning-sign card home and put it where you will see it"),
        ("预警信号卡、笔", "Warning-sign cards, pens"),
    ),
    StarterPlan(
        "medication", "mental_disorder_knowledge", ("lecture", "group_discussion"), 60,
        ("药物与副作用", "Medication and side effects"),
        ("了解常用药物和副作用的应对，坚持按医嘱服药", "Understand common medicines and side effects, and keep taking medicine as prescribed"),
        ("说说你是怎么记得按时吃药的", "Say how you remember to take your medicine"),
        ("社区医生讲解常见副作用；同伴分享应对困倦、体重增加的经验；讨论与医生沟通的方法", "The community doctor explains common side effects; peers share how they handle drowsiness and weight gain; discuss talking with the doctor"),
        ("每人写下一个下次看病时要问医生的问题", "Each person writes one question for their next doctor's visit"),
        ("药盒、服药记录表", "Pill boxes, medication record sheets"),
    ),
    StarterPlan(
        "singing", "entertainment", ("group_discussion",), 60,
        ("一起唱歌", "Singing together"),
        ("放松心情，增进组员之间的感情", "Relax and bring the group closer"),
        ("跟着音乐拍手、跺脚", "Clap and stamp along to music"),
        ("组员轮流点歌，一起合唱老歌；愿意的组员独唱或二人合唱", "Members take turns choosing songs to sing together; those who wish sing solo or in pairs"),
        ("说说哪首歌让你想起了什么", "Say what a song reminded you of"),
        ("音箱、歌词单", "Speaker, song sheets"),
    ),
    StarterPlan(
        "riddles", "entertainment", ("group_discussion",), 60,
        ("猜谜语", "Riddles"),
        ("活跃气氛，锻炼思维", "Liven the group up and exercise the mind"),
        ("简单的数字游戏热身", "A simple number game"),
        ("分两队猜灯谜、脑筋急转弯，答对得分，最后一起揭晓", "Two teams solve lantern riddles and brain teasers for points"),
        ("评选最佳合作队伍", "Choose the team that worked together best"),
        ("谜语卡片、小奖品", "Riddle cards, small prizes"),
    ),
    StarterPlan(
        "handwriting-puzzles", "fine_motor_exercise", ("personal_sharing",), 90,
        ("书法与拼图", "Handwriting and puzzles"),
        ("锻炼手眼协调和专注力", "Train hand-eye coordination and concentration"),
        ("手指操", "Finger exercises"),
        ("临摹一句喜欢的话；两人一组完成一幅拼图", "Copy a favourite saying in calligraphy; pairs finish a jigsaw puzzle"),
        ("展示作品，说说完成时的感受", "Show the work and say how finishing it felt"),
        ("毛笔、宣纸、字帖、拼图", "Brushes, rice paper, copybooks, jigsaws"),
    ),
    StarterPlan(
        "baduanjin", "fine_motor_exercise", ("outdoor_exercise",), 60,
        ("八段锦", "Baduanjin exercises"),
        ("学练传统健身操，增强体质", "Learn a traditional exercise routine for fitness"),
        ("慢走五分钟，活动关节", "Walk slowly for five minutes and loosen the joints"),
        ("同伴带领学习八段锦前四式，分组练习，互相纠正动作", "A peer leads the first four movements; groups practise and help each other"),
        ("商量每天在家练习的时间", "Agree on a time to practise every day at home"),
        ("音乐、宽敞场地", "Music, an open space"),
    ),
    StarterPlan(
        "self-confidence", "personal_perceptions", ("personal_sharing", "group_discussion"), 90,
        ("建立自信", "Building self-confidence"),
        ("发现自己的优点，增强自信心", "Find your strengths and grow confidence"),
        ("“优点轰炸”：每人夸一夸左边的组员", "Compliment round: praise the person on your left"),
        ("写下自己的三个优点和一件做成的事；同伴分享自己康复路上的进步", "Write three strengths and one thing you achieved; peers share their progress in recovery"),
        ("每人定一个下周能做到的小目标", "Each person sets a small goal for next week"),
        ("卡片、彩笔", "Cards, coloured pens"),
    ),
    StarterPlan(
        "facing-stigma", "personal_perceptions", ("group_discussion", "role_play"), 90,
        ("面对歧视", "Facing stigma"),
        ("讨论如何看待他人的偏见，学会接纳自己", "Discuss how to deal with prejudice and accept yourself"),
        ("说说“精神疾病”让你想到哪些词", "Say which words 'mental illness' brings to mind"),
        ("讨论遇到的误解；角色扮演被人问起病情时如何回答", "Discuss misunderstandings met; role-play answering questions about your illness"),
        ("每人说一句鼓励自己的话", "Each person says one encouraging sentence to themselves"),
        ("白板、情景卡片", "Whiteboard, scenario cards"),
    ),
    StarterPlan(
        "emotions-eating", "healthy_lifestyle", ("lecture", "group_discussion"), 90,
        ("情绪管理与健康饮食", "Controlling emotions and healthy eating"),
        ("认识饮食与情绪的关系，养成规律饮食", "See how food and mood affect each other, and eat regularly"),
        ("说说心情不好时会吃什么", "Say what you eat when you feel low"),
        ("讲解均衡饮食；一起设计一周的健康食谱；练习情绪来时的三次深呼吸", "Explain a balanced diet; plan a healthy weekly menu together; practise three deep breaths when upset"),
        ("每人选一条下周要做到的饮食习惯", "Each person picks one eating habit for next week"),
        ("食物图片、食谱表", "Food pictures, menu sheets"),
    ),
    StarterPlan(
        "sleep-routine", "healthy_lifestyle", ("group_discussion", "personal_sharing"), 60,
        ("规律作息", "A regular daily routine"),
        ("讨论如何保持良好睡眠和规律生活", "Discuss good sleep and a regular day"),
        ("画出自己昨天的作息时间", "Draw yesterday's timetable"),
        ("分享睡不好时的办法；一起制定每天的作息表", "Share what helps when sleep is poor; make a daily timetable together"),
        ("把作息表带回家试行一周", "Try the timetable at home for a week"),
        ("作息表、笔", "Timetable sheets, pens"),
    ),
    StarterPlan(
        "childhood-stories", "emotional_support", ("personal_sharing",), 60,
        ("分享童年故事", "Sharing childhood stories"),
        ("在安全的氛围中分享回忆，相互支持", "Share memories in a safe atmosphere and support each other"),
        ("看一张老照片，说说那个年代", "Look at an old photo and talk about those days"),
        ("组员自愿讲一个童年的小故事，其他人认真倾听并回应", "Members who wish tell a childhood story; others listen and respond"),
        ("每人说一句对今天分享者的感谢", "Each person thanks today's storytellers"),
        ("老照片（自愿带来）", "Old photos (if members wish)"),
    ),
    StarterPlan(
        "stress-relaxation", "emotional_support", ("lecture", "personal_sharing"), 60,
        ("压力与放松", "Stress and relaxation"),
        ("学习深呼吸和肌肉放松，缓解压力", "Learn deep breathing and muscle relaxation to ease stress"),
        ("说说最近让你有压力的一件事", "Name one thing that has stressed you lately"),
        ("同伴带领腹式呼吸和渐进式肌肉放松练习，分享放松后的感受", "A peer leads belly breathing and progressive muscle relaxation; share how it felt"),
        ("约定每天睡前练习五分钟", "Agree to practise five minutes before bed"),
        ("垫子、轻音乐", "Mats, calm music"),
    ),
)  # fmt: skip
