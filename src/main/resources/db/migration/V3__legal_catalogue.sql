-- The legal provisions catalogue: international instruments, general comments, UN reports and
-- domestic codes cited in the seed and real documents, with their articles, paragraphs and parts.
-- Codes: <INSTRUMENT>:<article>, <INSTRUMENT>:<article>(<paragraph or part>), <SYMBOL>:<paragraph>.
-- Portable SQL for H2 and PostgreSQL.

insert into legal_instrument (code, title, short_title, kind, symbol, country, adopted) values
    ('UDHR', 'Universal Declaration of Human Rights', 'UDHR', 'DECLARATION', 'A/RES/217 A (III)', null, date '1948-12-10'),
    ('ICCPR', 'International Covenant on Civil and Political Rights', 'ICCPR', 'TREATY', 'A/RES/2200 A (XXI)', null, date '1966-12-16'),
    ('ICESCR', 'International Covenant on Economic, Social and Cultural Rights', 'ICESCR', 'TREATY', 'A/RES/2200 A (XXI)', null, date '1966-12-16'),
    ('CEDAW', 'Convention on the Elimination of All Forms of Discrimination against Women', 'CEDAW', 'TREATY', 'A/RES/34/180', null, date '1979-12-18'),
    ('CAT', 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', 'Convention against Torture', 'TREATY', 'A/RES/39/46', null, date '1984-12-10'),
    ('ACHR', 'American Convention on Human Rights', 'American Convention (Pact of San José)', 'TREATY', null, null, date '1969-11-22'),
    ('HRD-DECLARATION', 'Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms', 'UN Declaration on Human Rights Defenders', 'DECLARATION', 'A/RES/53/144', null, date '1998-12-09'),
    ('ED-DECLARATION', 'Declaration on the Protection of All Persons from Enforced Disappearance', 'Declaration on Enforced Disappearance', 'DECLARATION', 'A/RES/47/133', null, date '1992-12-18'),
    ('CCPR-GC-16', 'Human Rights Committee, general comment No. 16 (1988): Article 17 (Right to privacy)', 'HRC general comment No. 16', 'GENERAL_COMMENT', 'HRI/GEN/1/Rev.9 (Vol. I)', null, null),
    ('CCPR/C/GC/34', 'Human Rights Committee, general comment No. 34 (2011): Article 19: Freedoms of opinion and expression', 'HRC general comment No. 34', 'GENERAL_COMMENT', 'CCPR/C/GC/34', null, null),
    ('CCPR/C/GC/35', 'Human Rights Committee, general comment No. 35 (2014): Article 9 (Liberty and security of person)', 'HRC general comment No. 35', 'GENERAL_COMMENT', 'CCPR/C/GC/35', null, null),
    ('CCPR/C/GC/37', 'Human Rights Committee, general comment No. 37 (2020) on the right of peaceful assembly (article 21)', 'HRC general comment No. 37', 'GENERAL_COMMENT', 'CCPR/C/GC/37', null, null),
    ('E/C.12/GC/20', 'Committee on Economic, Social and Cultural Rights, general comment No. 20 (2009): Non-discrimination in economic, social and cultural rights (art. 2, para. 2)', 'CESCR general comment No. 20', 'GENERAL_COMMENT', 'E/C.12/GC/20', null, null),
    ('A/HRC/40/60', 'Situation of women human rights defenders: report of the Special Rapporteur on the situation of human rights defenders', 'SR HRD report on women human rights defenders', 'UN_REPORT', 'A/HRC/40/60', null, null),
    ('A/HRC/52/29', 'Report of the Special Rapporteur on the situation of human rights defenders (Human Rights Council, 52nd session)', 'SR HRD report 2023', 'UN_REPORT', 'A/HRC/52/29', null, null),
    ('A/HRC/17/27', 'Report of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression, Frank La Rue', 'SR FoE report 2011 (Internet)', 'UN_REPORT', 'A/HRC/17/27', null, null),
    ('A/HRC/29/32', 'Report of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression, David Kaye (encryption and anonymity)', 'SR FoE report 2015 (encryption)', 'UN_REPORT', 'A/HRC/29/32', null, null),
    ('CCPR/C/90/D/1296/2004', 'Human Rights Committee, Views: Aleksander Belyatsky et al. v. Belarus (communication No. 1296/2004)', 'Belyatsky et al. v. Belarus', 'UN_REPORT', 'CCPR/C/90/D/1296/2004', null, null),
    ('CCPR/C/KAZ/CO/3', 'Human Rights Committee, concluding observations on the third periodic report of Kazakhstan', 'HRC concluding observations: Kazakhstan (2025)', 'UN_REPORT', 'CCPR/C/KAZ/CO/3', 'KAZ', null),
    ('CEDAW/C/KAZ/CO/5', 'Committee on the Elimination of Discrimination against Women, concluding observations on the fifth periodic report of Kazakhstan', 'CEDAW concluding observations: Kazakhstan (2019)', 'UN_REPORT', 'CEDAW/C/KAZ/CO/5', 'KAZ', null),
    ('E/C.12/KAZ/CO/2', 'Committee on Economic, Social and Cultural Rights, concluding observations on the second periodic report of Kazakhstan', 'CESCR concluding observations: Kazakhstan (2019)', 'UN_REPORT', 'E/C.12/KAZ/CO/2', 'KAZ', null),
    ('CCPR/C/THA/CO/2', 'Human Rights Committee, concluding observations on the second periodic report of Thailand', 'HRC concluding observations: Thailand (2017)', 'UN_REPORT', 'CCPR/C/THA/CO/2', 'THA', null),
    ('KAZ-CONSTITUTION', 'Constitution of the Republic of Kazakhstan', 'Constitution of Kazakhstan', 'DOMESTIC_CONSTITUTION', null, 'KAZ', date '1995-08-30'),
    ('KAZ-CC', 'Criminal Code of the Republic of Kazakhstan', 'Criminal Code of Kazakhstan', 'DOMESTIC_CODE', null, 'KAZ', date '2014-07-03'),
    ('KAZ-CAO', 'Code of the Republic of Kazakhstan on Administrative Offences', 'Code of Administrative Offences of Kazakhstan', 'DOMESTIC_CODE', null, 'KAZ', date '2014-07-05'),
    ('KAZ-NCO-LAW', 'Law of the Republic of Kazakhstan on Non-Commercial Organisations', 'Law on Non-Commercial Organisations', 'DOMESTIC_LAW', null, 'KAZ', date '2001-01-16'),
    ('KAZ-ASSEMBLY-LAW', 'Law of the Republic of Kazakhstan on the procedure for organising and holding peaceful assemblies in the Republic of Kazakhstan', 'Law on peaceful assemblies (2020)', 'DOMESTIC_LAW', null, 'KAZ', date '2020-05-25'),
    ('KAZ-ASSEMBLY-LAW-1995', 'Decree having the force of law on the procedure for organising and holding peaceful assemblies, rallies, marches, pickets and demonstrations in the Republic of Kazakhstan', 'Law on assemblies (1995)', 'DOMESTIC_LAW', null, 'KAZ', date '1995-03-17'),
    ('KAZ-REGISTRATION-LAW', 'Law of the Republic of Kazakhstan on State Registration of Legal Entities and Registration of Branches and Representative Offices', 'Law on State Registration of Legal Entities', 'DOMESTIC_LAW', null, 'KAZ', date '1995-04-17'),
    ('KAZ-GENDER-EQUALITY-LAW', 'Law of the Republic of Kazakhstan on State Guarantees of Equal Rights and Equal Opportunities for Men and Women', 'Law on equal rights and opportunities for men and women', 'DOMESTIC_LAW', null, 'KAZ', date '2009-12-08'),
    ('KAZ-APPC', 'Administrative Procedural and Process Code of the Republic of Kazakhstan', 'Administrative Procedural and Process Code', 'DOMESTIC_CODE', null, 'KAZ', date '2020-06-29'),
    ('KAZ-STATE-SOCIAL-ORDER-LAW', 'Law of the Republic of Kazakhstan on State Social Order, Grants and Awards for Non-Governmental Organisations', 'Law on State Social Order, Grants and Awards for NGOs', 'DOMESTIC_LAW', null, 'KAZ', null),
    ('KAZ-HR-PLAN-2022', 'Plan of Further Measures in the Area of Human Rights and the Rule of Law (approved by Government Decree No. 258 of 28 April 2022)', 'Human rights and rule of law plan 2022', 'DOMESTIC_REGULATION', 'Government Decree No. 258', 'KAZ', date '2022-04-28'),
    ('CHN-CL', 'Criminal Law of the People''s Republic of China', 'Criminal Law of China', 'DOMESTIC_CODE', null, 'CHN', null),
    ('ECU-COIP', 'Código Orgánico Integral Penal (Comprehensive Organic Criminal Code of Ecuador)', 'Criminal Code of Ecuador (COIP)', 'DOMESTIC_CODE', null, 'ECU', null),
    ('SVN-CONSTITUTION', 'Constitution of the Republic of Slovenia', 'Constitution of Slovenia', 'DOMESTIC_CONSTITUTION', null, 'SVN', date '1991-12-23'),
    ('SVN-CC', 'Criminal Code of the Republic of Slovenia (KZ-1)', 'Criminal Code of Slovenia', 'DOMESTIC_CODE', null, 'SVN', null);

-- UDHR
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('UDHR:1', 'UDHR', '1', null, null, 'Equality in dignity and rights', 'All human beings are born free and equal in dignity and rights.', 1),
    ('UDHR:2', 'UDHR', '2', null, null, 'Non-discrimination', 'Everyone is entitled to the rights and freedoms of the Declaration without distinction of any kind, such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.', 2),
    ('UDHR:3', 'UDHR', '3', null, null, 'Life, liberty and security of person', 'Everyone has the right to life, liberty and security of person.', 3),
    ('UDHR:5', 'UDHR', '5', null, null, 'Prohibition of torture and ill-treatment', 'No one may be subjected to torture or to cruel, inhuman or degrading treatment or punishment.', 4),
    ('UDHR:7', 'UDHR', '7', null, null, 'Equality before the law', 'All are equal before the law and entitled to equal protection of the law without discrimination and against any incitement to discrimination.', 5),
    ('UDHR:8', 'UDHR', '8', null, null, 'Right to an effective remedy', 'Everyone has the right to an effective remedy by competent national tribunals for acts violating fundamental rights granted by the constitution or by law.', 6),
    ('UDHR:9', 'UDHR', '9', null, null, 'Prohibition of arbitrary arrest and detention', 'No one may be subjected to arbitrary arrest, detention or exile.', 7),
    ('UDHR:10', 'UDHR', '10', null, null, 'Fair and public hearing', 'Everyone is entitled in full equality to a fair and public hearing by an independent and impartial tribunal in the determination of his or her rights and obligations and of any criminal charge.', 8),
    ('UDHR:11', 'UDHR', '11', null, null, 'Presumption of innocence and non-retroactivity', 'Everyone charged with a penal offence is presumed innocent until proved guilty in a public trial with all the guarantees necessary for the defence, and no one may be convicted for an act that was not an offence when committed.', 9),
    ('UDHR:12', 'UDHR', '12', null, null, 'Right to privacy', 'No one may be subjected to arbitrary interference with privacy, family, home or correspondence, nor to attacks upon honour and reputation, and everyone has the right to the protection of the law against such interference or attacks.', 10),
    ('UDHR:13', 'UDHR', '13', null, null, 'Freedom of movement', 'Everyone has the right to freedom of movement and residence within the borders of each State and the right to leave any country and to return to his or her own country.', 11),
    ('UDHR:13(2)', 'UDHR', '13', '2', null, 'Right to leave and return', 'Everyone has the right to leave any country, including his or her own, and to return to his or her country.', 12),
    ('UDHR:19', 'UDHR', '19', null, null, 'Freedom of opinion and expression', 'Everyone has the right to freedom of opinion and expression, including to hold opinions without interference and to seek, receive and impart information and ideas through any media regardless of frontiers.', 13),
    ('UDHR:20', 'UDHR', '20', null, null, 'Freedom of peaceful assembly and association', 'Everyone has the right to freedom of peaceful assembly and association, and no one may be compelled to belong to an association.', 14),
    ('UDHR:20(1)', 'UDHR', '20', '1', null, 'Right of peaceful assembly and association', 'Everyone has the right to freedom of peaceful assembly and association.', 15);

-- ICCPR
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('ICCPR:2', 'ICCPR', '2', null, null, 'Obligation to respect and ensure; effective remedy', 'Each State party undertakes to respect and ensure the Covenant rights without distinction, to adopt the laws and other measures needed to give effect to them, and to ensure an effective remedy for their violation.', 1),
    ('ICCPR:2(1)', 'ICCPR', '2', '1', null, 'Respect and ensure without distinction', 'Each State party undertakes to respect and to ensure to all individuals within its territory and subject to its jurisdiction the Covenant rights without distinction of any kind, such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.', 2),
    ('ICCPR:2(2)', 'ICCPR', '2', '2', null, 'Legislative and other measures', 'Each State party undertakes to take the necessary steps to adopt such laws or other measures as may be necessary to give effect to the Covenant rights.', 3),
    ('ICCPR:2(3)', 'ICCPR', '2', '3', null, 'Right to an effective remedy', 'Each State party undertakes to ensure that any person whose Covenant rights are violated has an effective remedy, determined by competent authorities, and that remedies granted are enforced.', 4),
    ('ICCPR:4', 'ICCPR', '4', null, null, 'Derogation in public emergencies', 'In a time of officially proclaimed public emergency threatening the life of the nation, States parties may derogate from certain obligations only to the extent strictly required and without discrimination, with some rights non-derogable.', 5),
    ('ICCPR:7', 'ICCPR', '7', null, null, 'Prohibition of torture and ill-treatment', 'No one may be subjected to torture or to cruel, inhuman or degrading treatment or punishment, or to medical or scientific experimentation without free consent.', 6),
    ('ICCPR:9', 'ICCPR', '9', null, null, 'Liberty and security of person', 'Everyone has the right to liberty and security of person, with guarantees against arbitrary arrest and detention, the right to be informed of the reasons for arrest, to be brought promptly before a judge, to challenge detention before a court and to compensation for unlawful detention.', 7),
    ('ICCPR:9(1)', 'ICCPR', '9', '1', null, 'Prohibition of arbitrary arrest or detention', 'Everyone has the right to liberty and security of person; no one may be subjected to arbitrary arrest or detention or deprived of liberty except on grounds and in accordance with procedures established by law.', 8),
    ('ICCPR:9(2)', 'ICCPR', '9', '2', null, 'Information on reasons for arrest and charges', 'Anyone arrested must be informed, at the time of arrest, of the reasons for the arrest and promptly informed of any charges.', 9),
    ('ICCPR:10', 'ICCPR', '10', null, null, 'Humane treatment of persons deprived of liberty', 'All persons deprived of their liberty must be treated with humanity and with respect for the inherent dignity of the human person.', 10),
    ('ICCPR:12', 'ICCPR', '12', null, null, 'Freedom of movement', 'Everyone lawfully within a State has the right to liberty of movement and freedom to choose a residence, everyone is free to leave any country, and no one may be arbitrarily deprived of the right to enter his or her own country.', 11),
    ('ICCPR:14', 'ICCPR', '14', null, null, 'Right to a fair trial', 'All persons are equal before courts and tribunals and are entitled to a fair and public hearing by a competent, independent and impartial tribunal established by law, with minimum guarantees for anyone facing a criminal charge.', 12),
    ('ICCPR:14(1)', 'ICCPR', '14', '1', null, 'Equality before courts; fair and public hearing', 'In the determination of any criminal charge or of rights and obligations in a suit at law, everyone is entitled to a fair and public hearing by a competent, independent and impartial tribunal established by law.', 13),
    ('ICCPR:14(3)', 'ICCPR', '14', '3', null, 'Minimum guarantees in criminal proceedings', 'Everyone charged with a criminal offence is entitled to minimum guarantees, including prompt information on the charge, adequate time and facilities for the defence, counsel of one''s choosing, trial without undue delay and freedom from compelled self-incrimination.', 14),
    ('ICCPR:17', 'ICCPR', '17', null, null, 'Right to privacy', 'No one may be subjected to arbitrary or unlawful interference with privacy, family, home or correspondence, nor to unlawful attacks on honour and reputation, and everyone has the right to the protection of the law against such interference or attacks.', 15),
    ('ICCPR:19', 'ICCPR', '19', null, null, 'Freedom of opinion and expression', 'Everyone has the right to hold opinions without interference and to freedom of expression, subject only to restrictions provided by law and necessary for the rights or reputations of others or for national security, public order, public health or morals.', 16),
    ('ICCPR:19(1)', 'ICCPR', '19', '1', null, 'Freedom of opinion', 'Everyone has the right to hold opinions without interference.', 17),
    ('ICCPR:19(2)', 'ICCPR', '19', '2', null, 'Freedom of expression', 'Everyone has the right to freedom of expression, including the freedom to seek, receive and impart information and ideas of all kinds, regardless of frontiers, orally, in writing or in print, in the form of art or through any other media.', 18),
    ('ICCPR:19(3)', 'ICCPR', '19', '3', null, 'Permissible restrictions on freedom of expression', 'Restrictions on freedom of expression are permitted only if provided by law and necessary for respect of the rights or reputations of others or for the protection of national security, public order, or public health or morals.', 19),
    ('ICCPR:20', 'ICCPR', '20', null, null, 'Prohibition of war propaganda and advocacy of hatred', 'Propaganda for war and any advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence must be prohibited by law.', 20),
    ('ICCPR:21', 'ICCPR', '21', null, null, 'Right of peaceful assembly', 'The right of peaceful assembly is recognised, and no restrictions may be placed on it other than those imposed in conformity with the law and necessary in a democratic society for national security or public safety, public order, public health or morals, or the rights and freedoms of others.', 21),
    ('ICCPR:22', 'ICCPR', '22', null, null, 'Freedom of association', 'Everyone has the right to freedom of association with others, including the right to form and join trade unions, subject only to restrictions prescribed by law and necessary in a democratic society for a legitimate aim.', 22),
    ('ICCPR:22(1)', 'ICCPR', '22', '1', null, 'Right to freedom of association', 'Everyone has the right to freedom of association with others, including the right to form and join trade unions for the protection of his or her interests.', 23),
    ('ICCPR:22(2)', 'ICCPR', '22', '2', null, 'Permissible restrictions on freedom of association', 'No restrictions may be placed on freedom of association other than those prescribed by law and necessary in a democratic society in the interests of national security or public safety, public order, public health or morals, or the rights and freedoms of others.', 24),
    ('ICCPR:25', 'ICCPR', '25', null, null, 'Participation in public affairs', 'Every citizen has the right and opportunity, without unreasonable restrictions, to take part in the conduct of public affairs, to vote and be elected at genuine periodic elections and to have access to public service.', 25),
    ('ICCPR:26', 'ICCPR', '26', null, null, 'Equality before the law and non-discrimination', 'All persons are equal before the law and entitled without discrimination to its equal protection, and the law must prohibit discrimination and guarantee effective protection against discrimination on any ground such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.', 26);

-- ICESCR
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('ICESCR:2', 'ICESCR', '2', null, null, 'Progressive realisation and non-discrimination', 'Each State party undertakes to take steps to the maximum of its available resources to achieve progressively the full realisation of the Covenant rights and to guarantee their exercise without discrimination.', 1),
    ('ICESCR:2(2)', 'ICESCR', '2', '2', null, 'Non-discrimination in economic, social and cultural rights', 'States parties undertake to guarantee that the Covenant rights are exercised without discrimination of any kind as to race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.', 2),
    ('ICESCR:12', 'ICESCR', '12', null, null, 'Right to health', 'Everyone has the right to the enjoyment of the highest attainable standard of physical and mental health.', 3);

-- CEDAW
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CEDAW:1', 'CEDAW', '1', null, null, 'Definition of discrimination against women', 'Discrimination against women means any distinction, exclusion or restriction made on the basis of sex which impairs or nullifies the recognition, enjoyment or exercise by women of human rights and fundamental freedoms in any field.', 1),
    ('CEDAW:2', 'CEDAW', '2', null, null, 'Obligation to eliminate discrimination', 'States parties condemn discrimination against women and undertake to pursue without delay a policy of eliminating it, including by embodying equality in law, prohibiting discrimination, ensuring legal protection and repealing discriminatory laws and practices.', 2),
    ('CEDAW:5', 'CEDAW', '5', null, null, 'Sex roles and stereotyping', 'States parties must take appropriate measures to modify social and cultural patterns of conduct in order to eliminate prejudices and practices based on the idea of inferiority or superiority of either sex or on stereotyped roles.', 3),
    ('CEDAW:7', 'CEDAW', '7', null, null, 'Political and public life', 'States parties must take all appropriate measures to eliminate discrimination against women in the political and public life of the country, on equal terms with men.', 4),
    ('CEDAW:7(c)', 'CEDAW', '7', 'c', null, 'Participation in non-governmental organisations', 'Women have the right, on equal terms with men, to participate in non-governmental organisations and associations concerned with the public and political life of the country.', 5);

-- CAT
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CAT:1', 'CAT', '1', null, null, 'Definition of torture', 'Torture means any act by which severe pain or suffering is intentionally inflicted for purposes such as obtaining a confession, punishment, intimidation or discrimination, by or with the consent or acquiescence of a public official.', 1),
    ('CAT:2', 'CAT', '2', null, null, 'Obligation to prevent torture', 'Each State party must take effective legislative, administrative, judicial or other measures to prevent torture, and no exceptional circumstances or superior orders may justify torture.', 2),
    ('CAT:12', 'CAT', '12', null, null, 'Prompt and impartial investigation', 'Competent authorities must proceed to a prompt and impartial investigation wherever there are reasonable grounds to believe that torture has been committed.', 3),
    ('CAT:13', 'CAT', '13', null, null, 'Right to complain', 'Anyone alleging torture has the right to complain to and have the case promptly and impartially examined by competent authorities, and must be protected against ill-treatment or intimidation as a consequence of the complaint.', 4),
    ('CAT:14', 'CAT', '14', null, null, 'Redress and compensation', 'Victims of torture must obtain redress and have an enforceable right to fair and adequate compensation, including the means for as full rehabilitation as possible.', 5),
    ('CAT:16', 'CAT', '16', null, null, 'Other cruel, inhuman or degrading treatment', 'Each State party must prevent other acts of cruel, inhuman or degrading treatment or punishment not amounting to torture when committed by or with the consent or acquiescence of a public official.', 6);

-- ACHR
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('ACHR:7', 'ACHR', '7', null, null, 'Right to personal liberty', 'Every person has the right to personal liberty and security, and no one may be subject to arbitrary arrest or imprisonment or deprived of liberty except for reasons and under conditions established beforehand by law.', 1),
    ('ACHR:7(4)', 'ACHR', '7', '4', null, 'Information on reasons for detention and charges', 'Anyone detained must be informed of the reasons for detention and promptly notified of the charges.', 2),
    ('ACHR:8', 'ACHR', '8', null, null, 'Right to a fair trial', 'Every person has the right to a hearing, with due guarantees and within a reasonable time, by a competent, independent and impartial tribunal previously established by law, with minimum guarantees for the accused.', 3),
    ('ACHR:13', 'ACHR', '13', null, null, 'Freedom of thought and expression', 'Everyone has the right to freedom of thought and expression, including the freedom to seek, receive and impart information and ideas of all kinds, without prior censorship but subject to subsequent liability established by law.', 4),
    ('ACHR:41', 'ACHR', '41', null, null, 'Functions of the Inter-American Commission', 'Sets out the functions and powers of the Inter-American Commission on Human Rights to promote respect for and defence of human rights.', 5);

-- HRD-DECLARATION
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('HRD-DECLARATION:preamble', 'HRD-DECLARATION', 'preamble', null, null, 'Preamble', 'Recalls the purposes of the Charter and the Universal Declaration and recognises the role of individuals, groups and associations in promoting human rights.', 1),
    ('HRD-DECLARATION:preamble(4)', 'HRD-DECLARATION', 'preamble', '4', null, 'Contribution to eliminating violations', 'Recognises the valuable work of individuals, groups and associations in contributing to the effective elimination of all violations of human rights and fundamental freedoms of peoples and individuals.', 2),
    ('HRD-DECLARATION:1', 'HRD-DECLARATION', '1', null, null, 'Right to promote and protect human rights', 'Everyone has the right, individually and in association with others, to promote and to strive for the protection and realisation of human rights and fundamental freedoms at the national and international levels.', 3),
    ('HRD-DECLARATION:2', 'HRD-DECLARATION', '2', null, null, 'Prime responsibility of the State', 'Each State has a prime responsibility and duty to protect, promote and implement all human rights and to adopt the legislative, administrative and other steps needed to ensure them effectively.', 4),
    ('HRD-DECLARATION:5', 'HRD-DECLARATION', '5', null, null, 'Rights to assemble, associate and communicate', 'For the purpose of promoting and protecting human rights, everyone has the right, individually and in association with others, to meet or assemble peacefully, to form, join and participate in non-governmental organisations, associations or groups, and to communicate with non-governmental or intergovernmental organisations.', 5),
    ('HRD-DECLARATION:5(a)', 'HRD-DECLARATION', '5', 'a', null, 'Peaceful assembly', 'Everyone has the right, for the purpose of promoting and protecting human rights, to meet or assemble peacefully.', 6),
    ('HRD-DECLARATION:5(b)', 'HRD-DECLARATION', '5', 'b', null, 'Forming and joining associations', 'Everyone has the right, for the purpose of promoting and protecting human rights, to form, join and participate in non-governmental organisations, associations or groups.', 7),
    ('HRD-DECLARATION:5(c)', 'HRD-DECLARATION', '5', 'c', null, 'Communication with organisations', 'Everyone has the right, for the purpose of promoting and protecting human rights, to communicate with non-governmental or intergovernmental organisations.', 8),
    ('HRD-DECLARATION:6', 'HRD-DECLARATION', '6', null, null, 'Information and expression on human rights', 'Everyone has the right to know, seek, obtain, receive and hold information about human rights, to freely publish, impart or disseminate views and knowledge on them, and to study, discuss and draw public attention to their observance.', 9),
    ('HRD-DECLARATION:7', 'HRD-DECLARATION', '7', null, null, 'New human rights ideas', 'Everyone has the right to develop and discuss new human rights ideas and principles and to advocate their acceptance.', 10),
    ('HRD-DECLARATION:8', 'HRD-DECLARATION', '8', null, null, 'Participation in public affairs', 'Everyone has the right to effective access, on a non-discriminatory basis, to participation in government and the conduct of public affairs, including to submit criticism and proposals for improving the functioning of public bodies.', 11),
    ('HRD-DECLARATION:9', 'HRD-DECLARATION', '9', null, null, 'Effective remedy and protection', 'Everyone has the right to benefit from an effective remedy and to be protected in the event of violation of human rights, to complain to independent authorities, to offer legal assistance, and to communicate with international bodies; the State must investigate promptly and impartially.', 12),
    ('HRD-DECLARATION:9(1)', 'HRD-DECLARATION', '9', '1', null, 'Right to an effective remedy', 'In exercising human rights, including their promotion and protection, everyone has the right to benefit from an effective remedy and to be protected in the event of their violation.', 13),
    ('HRD-DECLARATION:12', 'HRD-DECLARATION', '12', null, null, 'Protection against violence, threats and retaliation', 'Everyone has the right to participate in peaceful activities against human rights violations, and the State must take all necessary measures to protect everyone against violence, threats, retaliation, discrimination, pressure or other arbitrary action resulting from the legitimate exercise of the Declaration''s rights.', 14),
    ('HRD-DECLARATION:12(2)', 'HRD-DECLARATION', '12', '2', null, 'State duty of protection', 'The State must take all necessary measures to ensure protection by the competent authorities of everyone against any violence, threats, retaliation, de facto or de jure adverse discrimination, pressure or other arbitrary action as a consequence of the legitimate exercise of the rights in the Declaration.', 15),
    ('HRD-DECLARATION:12(3)', 'HRD-DECLARATION', '12', '3', null, 'Protection under national law when opposing violations', 'Everyone is entitled to be protected effectively under national law in reacting against or opposing, through peaceful means, acts attributable to States and acts of violence by groups or individuals that affect the enjoyment of human rights.', 16),
    ('HRD-DECLARATION:13', 'HRD-DECLARATION', '13', null, null, 'Right to resources', 'Everyone has the right, individually and in association with others, to solicit, receive and utilise resources for the express purpose of promoting and protecting human rights through peaceful means.', 17);

-- ED-DECLARATION
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('ED-DECLARATION:10', 'ED-DECLARATION', '10', null, null, 'Recognised places of detention and information', 'Persons deprived of liberty must be held in officially recognised places of detention and brought promptly before a judicial authority, accurate information on their detention and whereabouts must be made available to family and counsel, and an up-to-date official register must be kept.', 1),
    ('ED-DECLARATION:10(1)', 'ED-DECLARATION', '10', '1', null, 'Officially recognised place of detention', 'Any person deprived of liberty must be held in an officially recognised place of detention and, in conformity with national law, be brought before a judicial authority promptly after detention.', 2),
    ('ED-DECLARATION:10(2)', 'ED-DECLARATION', '10', '2', null, 'Information to family and counsel', 'Accurate information on the detention of persons and their place of detention must be made promptly available to their family members, counsel or other persons with a legitimate interest.', 3);

-- CCPR-GC-16
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR-GC-16:1', 'CCPR-GC-16', null, '1', null, 'Protection against interference by State and private actors', 'The right to privacy must be guaranteed against all arbitrary or unlawful interferences and attacks, whether they emanate from State authorities or from natural or legal persons.', 1),
    ('CCPR-GC-16:2', 'CCPR-GC-16', null, '2', null, 'Unlawful and arbitrary interference', 'Article 17 protects against both unlawful and arbitrary interference; no interference may take place except in cases envisaged by a law that itself complies with the Covenant.', 2),
    ('CCPR-GC-16:4', 'CCPR-GC-16', null, '4', null, 'Arbitrary interference under the law', 'Interference provided for by law can still be arbitrary; it must accord with the provisions, aims and objectives of the Covenant and be reasonable in the particular circumstances.', 3);

-- CCPR/C/GC/34
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/GC/34:11', 'CCPR/C/GC/34', null, '11', null, 'Scope of protected expression', 'Article 19(2) protects political discourse, commentary on one''s own and on public affairs, canvassing, discussion of human rights, journalism, cultural and artistic expression, teaching and religious discourse.', 1),
    ('CCPR/C/GC/34:22', 'CCPR/C/GC/34', null, '22', null, 'Conditions for restrictions', 'Restrictions on freedom of expression must be provided by law, pursue one of the aims listed in article 19(3), and conform to strict tests of necessity and proportionality.', 2),
    ('CCPR/C/GC/34:23', 'CCPR/C/GC/34', null, '23', null, 'Attacks on those exercising expression; advocacy of human rights', 'Article 19(3) may never justify muzzling advocacy of human rights; attacks such as arbitrary arrest, torture, threats or killing because of expression are incompatible with article 19, and States must protect against, investigate and redress them.', 3),
    ('CCPR/C/GC/34:26', 'CCPR/C/GC/34', null, '26', null, 'Non-discrimination in restricting laws', 'Laws restricting freedom of expression must themselves comply with the Covenant, including its non-discrimination provisions.', 4);

-- CCPR/C/GC/35
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/GC/35:3', 'CCPR/C/GC/35', null, '3', null, 'Liberty and security for everyone', 'The right to liberty and security of person belongs to everyone, including lesbian, gay, bisexual and transgender persons.', 1),
    ('CCPR/C/GC/35:9', 'CCPR/C/GC/35', null, '9', null, 'Right to personal security', 'Security of person protects against intentional bodily or mental injury and obliges States to protect individuals from foreseeable threats by governmental or private actors, including by responding to patterns of violence against human rights defenders, women and LGBT persons.', 2),
    ('CCPR/C/GC/35:12', 'CCPR/C/GC/35', null, '12', null, 'Meaning of arbitrariness', 'Arbitrariness is not to be equated with "against the law" but includes elements of inappropriateness, injustice, lack of predictability and due process, reasonableness, necessity and proportionality.', 3),
    ('CCPR/C/GC/35:17', 'CCPR/C/GC/35', null, '17', null, 'Detention for exercising Covenant rights', 'Arrest or detention as punishment for the legitimate exercise of Covenant rights, such as freedom of expression or assembly, is arbitrary, as is in principle arrest or detention on discriminatory grounds.', 4),
    ('CCPR/C/GC/35:58', 'CCPR/C/GC/35', null, '58', null, 'Safeguards against violations in detention', 'Detained persons must be held only in officially recognised places of detention, with registers and prompt access to counsel and family among the safeguards against torture and enforced disappearance.', 5);

-- CCPR/C/GC/37
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/GC/37:12', 'CCPR/C/GC/37', null, '12', null, 'Notion of an assembly', 'Participating in an assembly means organising or taking part in a gathering of persons for a purpose such as expression, conveying a position or exchanging ideas, including asserting group solidarity or identity.', 1),
    ('CCPR/C/GC/37:22', 'CCPR/C/GC/37', null, '22', null, 'Content neutrality', 'Participants determine the purpose and content of an assembly, and the authorities'' approach and any restrictions must in principle be content neutral and not based on the identity of the participants.', 2),
    ('CCPR/C/GC/37:23', 'CCPR/C/GC/37', null, '23', null, 'Negative duties before, during and after assemblies', 'States must not prohibit, restrict, block, disperse or disrupt peaceful assemblies without compelling justification, nor sanction participants or organisers without legitimate cause.', 3),
    ('CCPR/C/GC/37:24', 'CCPR/C/GC/37', null, '24', null, 'Positive duties to facilitate and protect', 'States must facilitate peaceful assemblies, provide an enabling legal and institutional framework, and protect participants against abuse by non-State actors such as counter-demonstrators.', 4),
    ('CCPR/C/GC/37:25', 'CCPR/C/GC/37', null, '25', null, 'Non-discrimination in assemblies', 'Laws and their application must not discriminate in the enjoyment of the right, including on the basis of sex, opinion, sexual orientation or gender identity, and States must protect participants from discriminatory abuse and attacks.', 5),
    ('CCPR/C/GC/37:27', 'CCPR/C/GC/37', null, '27', null, 'Hostile audiences', 'The possibility of adverse or violent reactions from the public is not sufficient ground to prohibit or restrict an assembly; States must take reasonable measures to protect participants.', 6),
    ('CCPR/C/GC/37:33', 'CCPR/C/GC/37', null, '33', null, 'No reprisals for participation', 'No one should be harassed or face other reprisals as a result of presence at or affiliation with a peaceful assembly.', 7),
    ('CCPR/C/GC/37:36', 'CCPR/C/GC/37', null, '36', null, 'Burden of justifying restrictions', 'The authorities must justify any restriction as lawful, necessary and proportionate to a permissible ground; restrictions must not be discriminatory, impair the essence of the right or aim at a chilling effect.', 8),
    ('CCPR/C/GC/37:40', 'CCPR/C/GC/37', null, '40', null, 'Least intrusive measure', 'Restrictions must be the least intrusive among the measures that might serve the relevant protective function.', 9),
    ('CCPR/C/GC/37:44', 'CCPR/C/GC/37', null, '44', null, 'Public order', 'States should not rely on a vague definition of "public order" to justify overbroad restrictions on peaceful assembly.', 10),
    ('CCPR/C/GC/37:46', 'CCPR/C/GC/37', null, '46', null, 'Public morals', 'Restrictions for the protection of morals should be exceptional and may not be imposed because of opposition to expressions of sexual orientation or gender identity.', 11),
    ('CCPR/C/GC/37:61', 'CCPR/C/GC/37', null, '61', null, 'Information gathering and surveillance', 'Collection of information on assemblies, including surveillance, must conform to international standards on privacy, must not create a chilling effect or aim to intimidate participants, and must be regulated by law subject to judicial scrutiny.', 12),
    ('CCPR/C/GC/37:67', 'CCPR/C/GC/37', null, '67', null, 'Sanctions on participants and organisers', 'Criminal or administrative sanctions on organisers or participants must be proportionate, non-discriminatory, not based on ambiguous or overbroad offences, and must not suppress protected conduct.', 13),
    ('CCPR/C/GC/37:70', 'CCPR/C/GC/37', null, '70', null, 'Authorisation regimes', 'Having to apply for permission from the authorities undercuts the idea that peaceful assembly is a basic right; where authorisation regimes persist they must in practice function as notification systems.', 14),
    ('CCPR/C/GC/37:71', 'CCPR/C/GC/37', null, '71', null, 'Failure to notify', 'Failure to notify the authorities of an assembly does not render participation unlawful and must not itself justify dispersal, arrest or undue sanctions.', 15);

-- E/C.12/GC/20
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('E/C.12/GC/20:32', 'E/C.12/GC/20', null, '32', null, 'Sexual orientation and gender identity', '"Other status" in article 2(2) of the Covenant includes sexual orientation and gender identity, which must not be barriers to realising Covenant rights.', 1);

-- A/HRC/40/60
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('A/HRC/40/60:6', 'A/HRC/40/60', null, '6', null, 'Gendered risks faced by women defenders', 'Women defenders face additional, gendered and intersectional risks and obstacles shaped by stereotypes and norms about who women are and how they should be.', 1),
    ('A/HRC/40/60:31', 'A/HRC/40/60', null, '31', null, '"Gender ideology" narratives', 'Expresses concern at the use of the concept of "gender ideology" to portray defenders of LGBT and women''s rights as a threat to social order and to justify discrimination.', 2),
    ('A/HRC/40/60:108', 'A/HRC/40/60', null, '108', null, 'Recommendations to States', 'Recommendations to States on protecting women human rights defenders.', 3),
    ('A/HRC/40/60:108(a)', 'A/HRC/40/60', null, '108(a)', null, 'Public stand, cessation of attacks and investigation', 'States should protect women defenders by publicly standing against those who violate their rights, ceasing attacks and threats, and investigating all that occur so that impunity does not prevail.', 4),
    ('A/HRC/40/60:108(b)', 'A/HRC/40/60', null, '108(b)', null, 'Safe and enabling environment', 'States should ensure a safe and enabling environment for women defenders, address systemic discrimination and violence against them, and enact laws recognising and protecting all defenders with a focus on women.', 5),
    ('A/HRC/40/60:108(d)', 'A/HRC/40/60', null, '108(d)', null, 'Protection online', 'States should prioritise protecting women defenders online and adopt laws, policies and practices protecting their privacy and protecting them from libel and hate speech.', 6),
    ('A/HRC/40/60:108(h)', 'A/HRC/40/60', null, '108(h)', null, 'Good protection practices', 'States should assess protection practices for women defenders against the principles of good protection practice, including an intersectional approach.', 7);

-- A/HRC/52/29
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('A/HRC/52/29:16', 'A/HRC/52/29', null, '16', null, 'LGBT human rights defenders', 'LGBT human rights defenders frequently face attacks because of both their advocacy and their identity.', 1);

-- A/HRC/17/27
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('A/HRC/17/27:66', 'A/HRC/17/27', null, '66', null, 'Cited on obligations regarding assembly and association', 'Paragraph cited in AL KAZ 3/2024 (footnote 2) for the negative and positive obligations of States regarding the rights to freedom of peaceful assembly and of association.', 1);

-- A/HRC/29/32
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('A/HRC/29/32:56', 'A/HRC/29/32', null, '56', null, 'Encryption, anonymity and permissible restrictions', 'Encryption and anonymity provide the privacy and security needed for freedom of opinion and expression in the digital age, and restrictions on them must be provided by law, pursue a legitimate aim and be necessary and proportionate.', 1);

-- CCPR/C/90/D/1296/2004
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/90/D/1296/2004:7.3', 'CCPR/C/90/D/1296/2004', null, '7.3', null, 'Test for restrictions on freedom of association', 'A restriction on freedom of association must be provided by law, pursue a legitimate aim listed in article 22(2) and be necessary in a democratic society, and the State must show that dissolving an association averts a real danger that less intrusive measures could not.', 1);

-- CCPR/C/KAZ/CO/3
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/KAZ/CO/3:12', 'CCPR/C/KAZ/CO/3', null, '12', null, 'Comprehensive anti-discrimination legislation', 'Recommends comprehensive anti-discrimination legislation prohibiting direct and indirect discrimination on all grounds, including sexual orientation and gender identity, with effective remedies.', 1),
    ('CCPR/C/KAZ/CO/3:14', 'CCPR/C/KAZ/CO/3', null, '14', null, 'Discrimination against LGBT persons', 'Recommendations to combat discrimination, stereotypes and prejudice against lesbian, gay, bisexual and transgender persons.', 2),
    ('CCPR/C/KAZ/CO/3:14(a)', 'CCPR/C/KAZ/CO/3', null, '14(a)', null, 'Legal framework; investigation of hate speech and violence', 'Recommends a legal framework explicitly prohibiting discrimination and violence based on sexual orientation and gender identity, and prompt investigation, prosecution and reparation for such hate speech and violence.', 3),
    ('CCPR/C/KAZ/CO/3:14(c)', 'CCPR/C/KAZ/CO/3', null, '14(c)', null, 'Registration of LGBT organisations', 'Recommends guaranteeing in law and practice the registration of all civil society organisations, including LGBT organisations, without discrimination.', 4),
    ('CCPR/C/KAZ/CO/3:22', 'CCPR/C/KAZ/CO/3', null, '22', null, 'Violence against women', 'Recommendations on preventing and combating violence against women.', 5),
    ('CCPR/C/KAZ/CO/3:22(c)', 'CCPR/C/KAZ/CO/3', null, '22(c)', null, 'Investigation and prosecution of violence against women', 'Recommends prompt and thorough investigation of all violence against women and girls and prosecution and proportionate punishment of perpetrators.', 6),
    ('CCPR/C/KAZ/CO/3:22(e)', 'CCPR/C/KAZ/CO/3', null, '22(e)', null, 'Training on gender-based violence', 'Recommends training judges, prosecutors, law enforcement and health personnel to deal effectively and gender-sensitively with gender-based violence.', 7),
    ('CCPR/C/KAZ/CO/3:52', 'CCPR/C/KAZ/CO/3', null, '52', null, 'Right of peaceful assembly', 'Recommends facilitating peaceful assembly, ensuring restrictions meet article 21, preventing misuse of the notification procedure, providing an effective appeal against prohibitions, and ensuring non-discrimination.', 8),
    ('CCPR/C/KAZ/CO/3:54', 'CCPR/C/KAZ/CO/3', null, '54', null, 'Freedom of association', 'Urges guaranteeing in law and practice freedom of association and a safe environment for NGOs to work without fear of retaliation.', 9),
    ('CCPR/C/KAZ/CO/3:54(a)', 'CCPR/C/KAZ/CO/3', null, '54(a)', null, 'Registration and functioning of parties, unions and NGOs', 'Recommends that regulations and practice on the registration, functioning and activities of political parties, trade unions and NGOs comply fully with articles 19, 22 and 25 of the Covenant.', 10),
    ('CCPR/C/KAZ/CO/3:54(b)', 'CCPR/C/KAZ/CO/3', null, '54(b)', null, 'No criminalisation of legitimate NGO activity', 'Recommends refraining from criminalising NGOs for legitimate activities under broadly defined criminal provisions lacking legal certainty.', 11);

-- CEDAW/C/KAZ/CO/5
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CEDAW/C/KAZ/CO/5:12', 'CEDAW/C/KAZ/CO/5', null, '12', null, 'Anti-discrimination legislation', 'Recommendations on legislation prohibiting discrimination against women, including subparagraph (a) on comprehensive anti-discrimination legislation.', 1),
    ('CEDAW/C/KAZ/CO/5:12(a)', 'CEDAW/C/KAZ/CO/5', null, '12(a)', null, 'Comprehensive anti-discrimination legislation', 'Recommends comprehensive anti-discrimination legislation prohibiting direct, indirect and intersecting discrimination in public and private spheres on all recognised grounds.', 2),
    ('CEDAW/C/KAZ/CO/5:14', 'CEDAW/C/KAZ/CO/5', null, '14', null, 'Criminal-law protection and remedies against discrimination', 'Recommendations including subparagraph (b) on article 145 of the Criminal Code and women''s access to remedies for discrimination.', 3),
    ('CEDAW/C/KAZ/CO/5:14(b)', 'CEDAW/C/KAZ/CO/5', null, '14(b)', null, 'Article 145 of the Criminal Code and remedies', 'Recommends that article 145 of the Criminal Code cover intersecting discrimination, including on sexual orientation and gender identity, and that women have effective access to legal aid, redress and compensation.', 4),
    ('CEDAW/C/KAZ/CO/5:18', 'CEDAW/C/KAZ/CO/5', null, '18', null, 'Civil society organisations', 'Recommendations on cooperation with and the enabling environment for civil society organisations working on women''s rights.', 5),
    ('CEDAW/C/KAZ/CO/5:18(a)', 'CEDAW/C/KAZ/CO/5', null, '18(a)', null, 'Cooperation with women''s rights organisations', 'Recommends enhancing cooperation with civil society organisations working on women''s rights and involving them in policy- and law-making.', 6),
    ('CEDAW/C/KAZ/CO/5:18(b)', 'CEDAW/C/KAZ/CO/5', null, '18(b)', null, 'Registration of feminist and LBTI organisations', 'Recommends removing disproportionate registration restrictions so that organisations, including feminist and LBTI women''s organisations, can exercise freedom of expression, assembly and association without undue interference.', 7),
    ('CEDAW/C/KAZ/CO/5:26', 'CEDAW/C/KAZ/CO/5', null, '26', null, 'Gender-based violence against women', 'Recommendations on gender-based violence against women.', 8),
    ('CEDAW/C/KAZ/CO/5:26(f)', 'CEDAW/C/KAZ/CO/5', null, '26(f)', null, 'Investigation and police accountability', 'Recommends effective investigation and ex officio prosecution of gender-based violence, priority of criminal proceedings over reconciliation, and accountability of police who fail to act or deter complaints.', 9),
    ('CEDAW/C/KAZ/CO/5:48', 'CEDAW/C/KAZ/CO/5', null, '48', null, 'Lesbian, bisexual and transgender women and intersex persons', 'Recommendations concerning lesbian, bisexual and transgender women and intersex persons.', 10),
    ('CEDAW/C/KAZ/CO/5:48(b)(iii)', 'CEDAW/C/KAZ/CO/5', null, '48(b)(iii)', null, 'Crimes based on sexual orientation and gender identity', 'Recommends criminalising offences based on sexual orientation and/or gender identity as a stand-alone crime and treating them as aggravating circumstances.', 11),
    ('CEDAW/C/KAZ/CO/5:48(b)(v)', 'CEDAW/C/KAZ/CO/5', null, '48(b)(v)', null, 'Threats and blackmail against LBTI women', 'Recommends investigating threats and blackmail against lesbian, bisexual and transgender women and intersex persons and prosecuting perpetrators.', 12);

-- E/C.12/KAZ/CO/2
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('E/C.12/KAZ/CO/2:8', 'E/C.12/KAZ/CO/2', null, '8', null, 'Registration difficulties of NGOs', 'Expresses concern that some human rights NGOs, in particular those working on LGBT rights, have faced difficulty in registering.', 1),
    ('E/C.12/KAZ/CO/2:9', 'E/C.12/KAZ/CO/2', null, '9', null, 'Enabling environment for NGOs', 'Recommends guaranteeing an enabling environment for NGOs working on economic, social and cultural rights, including a functional and accommodating registration procedure.', 2),
    ('E/C.12/KAZ/CO/2:11', 'E/C.12/KAZ/CO/2', null, '11', null, 'Non-discrimination', 'Recommendations on non-discrimination, including on grounds of sexual orientation and gender identity.', 3),
    ('E/C.12/KAZ/CO/2:11(a)', 'E/C.12/KAZ/CO/2', null, '11(a)', null, 'Comprehensive anti-discrimination legislation', 'Recommends comprehensive anti-discrimination legislation covering direct and indirect discrimination on all prohibited grounds, including sexual orientation and gender identity, taking into account general comment No. 20.', 4),
    ('E/C.12/KAZ/CO/2:11(c)', 'E/C.12/KAZ/CO/2', null, '11(c)', null, 'Protection of LGBT persons', 'Recommends preventing and combating discrimination against LGBT persons and enacting tailored legal protections against attacks and harassment.', 5),
    ('E/C.12/KAZ/CO/2:15', 'E/C.12/KAZ/CO/2', null, '15', null, 'Gender role stereotypes', 'Recommends addressing gender role stereotypes to guarantee women''s full access to and enjoyment of economic, social and cultural rights.', 6);

-- CCPR/C/THA/CO/2
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CCPR/C/THA/CO/2:40', 'CCPR/C/THA/CO/2', null, '40', null, 'Guarantee of peaceful assembly; no detention', 'The State should guarantee and protect freedom of peaceful assembly, avoid restrictions not meeting Covenant requirements, and refrain from detaining people exercising their rights who pose no serious risk to national security or public safety.', 1);

-- KAZ-CONSTITUTION
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-CONSTITUTION:4', 'KAZ-CONSTITUTION', '4', null, null, 'Applicable law; international treaties', 'Defines the law in force in the Republic, including the Constitution, laws and international treaty obligations, and the precedence of ratified international treaties over laws.', 1),
    ('KAZ-CONSTITUTION:4(3)', 'KAZ-CONSTITUTION', '4', null, '3', 'Priority of ratified international treaties', 'International treaties ratified by the Republic take precedence over its laws.', 2),
    ('KAZ-CONSTITUTION:5', 'KAZ-CONSTITUTION', '5', null, null, 'Ideological and political diversity; public associations', 'Recognises ideological and political diversity and sets the status of public associations.', 3),
    ('KAZ-CONSTITUTION:5(1)', 'KAZ-CONSTITUTION', '5', null, '1', 'Ideological and political diversity', 'The Republic recognises ideological and political diversity.', 4),
    ('KAZ-CONSTITUTION:14', 'KAZ-CONSTITUTION', '14', null, null, 'Equality and non-discrimination', 'Everyone is equal before the law and the courts, and no one may be discriminated against.', 5),
    ('KAZ-CONSTITUTION:14(2)', 'KAZ-CONSTITUTION', '14', null, '2', 'Prohibition of discrimination', 'No one may be subjected to any discrimination on grounds of origin, social, official or property status, sex, race, nationality, language, attitude to religion, beliefs, place of residence or any other circumstances.', 6),
    ('KAZ-CONSTITUTION:20', 'KAZ-CONSTITUTION', '20', null, null, 'Freedom of speech and information', 'Guarantees freedom of speech and creative activity, prohibits censorship and recognises the right to receive and disseminate information by any means not prohibited by law.', 7),
    ('KAZ-CONSTITUTION:20(1)', 'KAZ-CONSTITUTION', '20', null, '1', 'Freedom of speech and creative activity', 'Freedom of speech and creative activity is guaranteed and censorship is prohibited.', 8),
    ('KAZ-CONSTITUTION:20(2)', 'KAZ-CONSTITUTION', '20', null, '2', 'Right to receive and disseminate information', 'Everyone has the right to freely receive and disseminate information by any means not prohibited by law.', 9),
    ('KAZ-CONSTITUTION:23', 'KAZ-CONSTITUTION', '23', null, null, 'Freedom of association', 'Citizens have the right to freedom of association, with the activity of public associations regulated by law.', 10),
    ('KAZ-CONSTITUTION:23(1)', 'KAZ-CONSTITUTION', '23', null, '1', 'Right to freedom of association', 'Citizens have the right to freedom of association.', 11),
    ('KAZ-CONSTITUTION:32', 'KAZ-CONSTITUTION', '32', null, null, 'Right of peaceful assembly', 'Citizens have the right to assemble peacefully and without weapons and to hold meetings, rallies, demonstrations, marches and pickets, subject to restrictions by law in the interests of State security, public order, health and the rights and freedoms of others.', 12);

-- KAZ-CC
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-CC:16', 'KAZ-CC', '16', null, null, null, 'Provision of the Criminal Code cited by the Government in its reply of 23 December 2019.', 1),
    ('KAZ-CC:16(4)', 'KAZ-CC', '16', null, '4', null, 'Cited by the Government as extending protection to all persons irrespective of origin, social, official and property position, sex, race, nationality, language, religion, beliefs, membership of public associations, place of residence or any other circumstance.', 2),
    ('KAZ-CC:145', 'KAZ-CC', '145', null, null, 'Violation of equality of rights of person and citizen', 'Criminalises direct or indirect restriction of the rights and freedoms of a person on grounds of origin, social, official or property status, sex, race, nationality, language, attitude to religion, beliefs, place of residence, membership of public associations or any other circumstances.', 3),
    ('KAZ-CC:174', 'KAZ-CC', '174', null, null, 'Incitement of social, national, clan, racial, class or religious discord', 'Criminalises deliberate acts aimed at inciting social, national, clan, racial, class or religious discord.', 4),
    ('KAZ-CC:272', 'KAZ-CC', '272', null, null, 'Mass riots', 'Criminalises organising and participating in mass riots.', 5),
    ('KAZ-CC:274', 'KAZ-CC', '274', null, null, 'Dissemination of knowingly false information', 'Criminalises the dissemination of knowingly false information that creates a danger of disturbing public order or causing substantial harm.', 6),
    ('KAZ-CC:405', 'KAZ-CC', '405', null, null, 'Activity of an association banned for extremism or terrorism', 'Criminalises organising or participating in the activity of a public or religious association or other organisation after a court decision banning it or liquidating it for extremism or terrorism.', 7);

-- KAZ-CAO
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-CAO:73-3', 'KAZ-CAO', '73-3', null, null, 'Slander', 'Makes the dissemination of knowingly false information defaming the honour and dignity of another person (slander) an administrative offence, introduced when criminal defamation was abolished in 2020.', 1),
    ('KAZ-CAO:434', 'KAZ-CAO', '434', null, null, 'Petty hooliganism', 'Makes petty hooliganism, such as obscene language or offensive harassment in public places disturbing public order, an administrative offence.', 2),
    ('KAZ-CAO:456-2', 'KAZ-CAO', '456-2', null, null, 'Dissemination of false information', 'Makes the publication and dissemination of false information an administrative offence punishable by fines and short-term detention (added in 2023).', 3),
    ('KAZ-CAO:488', 'KAZ-CAO', '488', null, null, 'Violation of the law on peaceful assemblies', 'Makes violations of the legislation on the procedure for organising and holding peaceful assemblies administrative offences, punishable by fines or administrative detention.', 4),
    ('KAZ-CAO:488(7)', 'KAZ-CAO', '488', null, '7', 'Organising or holding an assembly in violation of the procedure', 'Penalises organising and/or holding a public event in violation of the procedure established by law for organising and holding peaceful assemblies.', 5),
    ('KAZ-CAO:489', 'KAZ-CAO', '489', null, null, 'Violation of the law on public associations; unregistered associations', 'Makes violations of the legislation on public associations, including leading or participating in unregistered associations, administrative offences.', 6),
    ('KAZ-CAO:489(9)', 'KAZ-CAO', '489', null, '9', 'Leading an unregistered public association', 'Penalises leading public associations that are not registered in accordance with the law.', 7);

-- KAZ-NCO-LAW
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-NCO-LAW:4', 'KAZ-NCO-LAW', '4', null, null, 'Objectives of non-commercial organisations', 'Lists the purposes for which non-commercial organisations may be created, including social, cultural, scientific, educational and charitable goals and the protection of the rights and legitimate interests of individuals and organisations.', 1);

-- KAZ-REGISTRATION-LAW
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-REGISTRATION-LAW:3', 'KAZ-REGISTRATION-LAW', '3', null, null, null, 'Cited by the Government as requiring every association, whatever its form, purpose or activity, to apply for State registration.', 1);

-- KAZ-GENDER-EQUALITY-LAW
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-GENDER-EQUALITY-LAW:4', 'KAZ-GENDER-EQUALITY-LAW', '4', null, null, null, 'Cited by the Government among the provisions protecting against discrimination on the basis of sex in areas such as employment, health care and State regulation.', 1),
    ('KAZ-GENDER-EQUALITY-LAW:9', 'KAZ-GENDER-EQUALITY-LAW', '9', null, null, null, 'Cited by the Government among the provisions protecting against discrimination on the basis of sex in areas such as employment, health care and State regulation.', 2),
    ('KAZ-GENDER-EQUALITY-LAW:10', 'KAZ-GENDER-EQUALITY-LAW', '10', null, null, null, 'Cited by the Government among the provisions protecting against discrimination on the basis of sex in areas such as employment, health care and State regulation.', 3),
    ('KAZ-GENDER-EQUALITY-LAW:12', 'KAZ-GENDER-EQUALITY-LAW', '12', null, null, null, 'Cited by the Government among the provisions protecting against discrimination on the basis of sex in areas such as employment, health care and State regulation.', 4);

-- KAZ-APPC
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-APPC:90-2', 'KAZ-APPC', '90-2', null, null, 'Petitions', 'Governs the consideration and publication of electronic petitions.', 1),
    ('KAZ-APPC:90-2(3)', 'KAZ-APPC', '90-2', null, '3', 'Grounds for refusing to publish a petition', 'A petition may not be published if, among other grounds, it may lead to violation of the rights and freedoms of an individual (subparagraph 1) or concerns criminal, criminal-procedural, civil-procedural, administrative-procedural or administrative-offences legislation (subparagraph 8).', 2);

-- KAZ-STATE-SOCIAL-ORDER-LAW
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-STATE-SOCIAL-ORDER-LAW:5', 'KAZ-STATE-SOCIAL-ORDER-LAW', '5', null, null, null, 'Provision of the law cited by the Government in connection with State prizes for non-governmental organisations.', 1),
    ('KAZ-STATE-SOCIAL-ORDER-LAW:5(10)', 'KAZ-STATE-SOCIAL-ORDER-LAW', '5', null, '10', null, 'Cited by the Government as the basis for annual State prizes to non-governmental organisations in several categories.', 2);

-- KAZ-HR-PLAN-2022
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('KAZ-HR-PLAN-2022:23', 'KAZ-HR-PLAN-2022', null, '23', null, 'Working group on the protection of human rights defenders', 'Envisages establishing a working group on the protection of human rights defenders.', 1);

-- CHN-CL
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('CHN-CL:105', 'CHN-CL', '105', null, null, 'Subversion of State power', 'Criminalises organising, plotting or carrying out subversion of State power and inciting subversion of State power.', 1),
    ('CHN-CL:105(2)', 'CHN-CL', '105', null, '2', 'Inciting subversion of State power', 'Criminalises inciting subversion of State power or the overthrow of the socialist system by spreading rumours, slander or other means.', 2);

-- ECU-COIP
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('ECU-COIP:232', 'ECU-COIP', '232', null, null, 'Attack on the integrity of computer systems', 'Criminalises destroying, damaging, deleting, altering or disrupting computer systems, data or programs.', 1);

-- SVN-CONSTITUTION
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('SVN-CONSTITUTION:61', 'SVN-CONSTITUTION', '61', null, null, 'Expression of national affiliation', 'Everyone has the right to freely express affiliation with his or her nation or national community, to foster and give expression to its culture and to use its language and script.', 1);

-- SVN-CC
insert into legal_provision (code, instrument_code, article, paragraph, part, title, summary, position) values
    ('SVN-CC:159', 'SVN-CC', '159', null, null, 'Defamation', 'Criminalises asserting or circulating untrue facts about another person that may damage his or her honour or reputation, prosecuted in most cases only on private action.', 1),
    ('SVN-CC:297', 'SVN-CC', '297', null, null, 'Public incitement to hatred, violence and intolerance', 'Criminalises publicly provoking or stirring up hatred, violence or intolerance based on national, racial, religious or ethnic affiliation, sex, sexual orientation or other personal circumstance.', 2);
