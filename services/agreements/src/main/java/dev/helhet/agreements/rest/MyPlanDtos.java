package dev.helhet.agreements.rest;

import dev.helhet.agreements.service.MyPlanService;
import dev.helhet.common.input.InputBounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The person's own view of their plans and meetings. */
final class MyPlanDtos {

    private MyPlanDtos() {
    }

    @Schema(name = "MyPlans")
    record MyPlans(@Schema(maxItems = InputBounds.MOST_MUNICIPALITIES, description = "One plan per municipality that registered the person", required = true) List<MyPlan> plans) {

        static MyPlans of(List<MyPlanService.MyPlan> plans) {
            return new MyPlans(plans.stream().map(mine -> new MyPlan(mine.municipalityId(), PlanDtos.PlanResponse.of(mine.plan()))).toList());
        }
    }

    @Schema(name = "MyPlan")
    record MyPlan(
            @Schema(description = "The municipality", required = true) String municipalityId,
            @Schema(description = "The whole plan", required = true) PlanDtos.PlanResponse plan) {
    }

    @Schema(name = "MyMeetings")
    record MyMeetings(@Schema(maxItems = MyPlanService.LATEST_MEETINGS, description = "The meetings the person takes part in, by time", required = true) List<MyMeeting> meetings) {

        static MyMeetings of(List<MyPlanService.MyMeeting> meetings) {
            return new MyMeetings(meetings.stream().map(mine -> new MyMeeting(mine.municipalityId(),
                    MeetingDtos.MeetingResponse.of(mine.view(), mine.minutesShown()))).toList());
        }
    }

    @Schema(name = "MyMeeting")
    record MyMeeting(
            @Schema(description = "The municipality", required = true) String municipalityId,
            @Schema(description = "The meeting; minutes once it is held", required = true) MeetingDtos.MeetingResponse meeting) {
    }
}
