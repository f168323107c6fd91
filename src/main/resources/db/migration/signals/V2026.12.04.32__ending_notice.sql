-- R-IJS-8 (IJsselland 001 §4.3.1.3): a notice to the referrer after care ended according to plan.
alter table signals.signal drop constraint signal_kind_check;
alter table signals.signal add constraint signal_kind_check check (kind in ('USAGE_THRESHOLD',
  'EXHAUSTION_MONEY', 'EXHAUSTION_TIME', 'EXTENSION_WINDOW', 'EVALUATION_DUE',
  'MUNICIPAL_EVALUATION_DUE', 'REFERRAL_EXPIRING', 'ANSWER_OVERDUE', 'INVESTIGATION_OVERDUE',
  'ENDING_NOTICE', 'ENDING_NOT_CONSULTED'));
