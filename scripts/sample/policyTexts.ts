/**
 * The wording of the sample's policies, one constant per revision. Consecutive versions differ
 * the way real ones do (a section reworded, one added), so "Compare versions" has something to show.
 * All of it is invented for the made-up Riverside County.
 */

const PROTOCOL_PURPOSE = `1. Purpose
Call-takers at Riverside County Emergency Communications answer about 140 calls a month that involve a mental health crisis. This protocol tells a call-taker how to recognise those calls, what to ask, and when a call can be transferred to the Riverside Behavioral Health Center crisis line or answered by the mobile crisis team instead of, or together with, officers.`;

const PROTOCOL_SCOPE = `2. Scope
All call-takers and dispatchers, on every shift. It does not change how medical emergencies, fires or crimes in progress are dispatched.`;

export const CALL_PROTOCOL_0_1 = `${PROTOCOL_PURPOSE}

${PROTOCOL_SCOPE}

3. Screening questions
Ask, in this order:
a. Is anyone hurt or in danger of being hurt?
b. Is the person thinking about hurting themselves?
c. Is the person dangerous to others?
d. Has the person been seen by a mental health provider before?

4. Transfer to the crisis line
If the answers to a, b and c are no, offer the caller a warm transfer to the crisis line and stay on the line until a crisis counselor answers.

5. Dispatch
If a weapon is mentioned, or the caller declines the transfer, dispatch a patrol unit and note "mental health" in the call type. Request the mobile crisis team when it is available.`;

export const CALL_PROTOCOL_0_2 = `${PROTOCOL_PURPOSE}

${PROTOCOL_SCOPE}

3. Safety first
If a weapon is mentioned at any point, or anyone is hurt, dispatch a deputy or officer at once, then continue with the questions below.

4. Screening questions
Ask, in this order, in a calm voice:
a. Tell me what is happening right now.
b. Is anyone hurt, or about to be hurt?
c. Is the person talking about ending their life, or about hurting someone?
d. Is there someone with them who can stay while help comes?

5. Transfer to the crisis line
If no one is hurt and no weapon is mentioned, offer the caller a warm transfer to the crisis line (answered around the clock) and stay on the line until a crisis counselor answers. Tell the caller what will happen next.

6. Mobile crisis team
The mobile crisis team responds from 8 a.m. to 2 a.m., seven days a week. Outside those hours, or when the team is already out, dispatch a CIT-trained officer or deputy where one is on shift, and note "mental health" in the call type.

7. Review
The workgroup reviews a month of transferred calls with the crisis line every quarter.`;

const ORDER_PURPOSE = `I. Purpose
To guide officers who respond to a person who may be in a mental health crisis, so that the person is kept safe and connected with care.`;

export const GENERAL_ORDER_2019 = `${ORDER_PURPOSE}

II. Procedure
A. Officers shall treat the situation as a possible medical emergency and request EMS when needed.
B. When the person meets the criteria for emergency custody, officers shall transport them to the St. Brigid Regional Hospital emergency department.
C. Persons transported for emergency custody shall be restrained in accordance with the transport policy.
D. Officers shall complete an incident report for every call involving a person in crisis.`;

export const GENERAL_ORDER_2023 = `${ORDER_PURPOSE}

II. Procedure
A. Officers shall treat the situation as a possible medical emergency and request EMS when needed.
B. Officers may request the Riverside Behavioral Health Center mobile crisis team through dispatch at any point during the call.
C. When the person meets the criteria for emergency custody, officers shall transport them to the St. Brigid Regional Hospital emergency department.
D. Persons transported for emergency custody shall be restrained in accordance with the transport policy.
E. Officers shall complete an incident report for every call involving a person in crisis, including the time spent waiting at the emergency department.`;

export const GENERAL_ORDER_2027 = `${ORDER_PURPOSE}

II. Response
A. Dispatch shall assign a CIT-trained officer as the primary unit on any call coded "mental health" when one is on shift.
B. Officers shall treat the situation as a possible medical emergency and request EMS when needed.
C. Officers should request the mobile crisis team through dispatch as early as possible, and may hand the call over to the team once the scene is safe.

III. Transport
A. When the person meets the criteria for emergency custody, the Riverside Behavioral Health Center crisis unit is the first choice of destination; the St. Brigid emergency department is used when the person needs medical care.
B. Handcuffs shall not be used for transport unless the officer can state a specific safety reason, which is recorded in the report.

IV. Reporting
Officers shall complete an incident report for every call involving a person in crisis, including the time spent waiting at the destination and whether the mobile crisis team was requested.`;

export const CO_RESPONSE_MOA_1 = `Memorandum of agreement between Riverside Behavioral Health Center, Millbrook Police Department, Riverside County Sheriff's Office and Riverside County EMS

1. What each partner agrees to
a. The Behavioral Health Center staffs the mobile crisis team from 8 a.m. to 2 a.m. and answers requests from dispatch within 30 minutes in Millbrook and 45 minutes elsewhere in the county.
b. Law enforcement secures the scene when there is a safety concern and then lets the clinicians lead the conversation.
c. EMS treats medical needs first and shares its findings with the clinicians before anyone is transported.

2. Information sharing
Partners share only what is needed to respond to the call. Clinical notes stay with the Behavioral Health Center.

3. Review
The partners meet every six months to review joint calls, and any partner may withdraw with 60 days' written notice.`;
