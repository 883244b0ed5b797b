/* The text of the exercise catalogue and the captions of the
 * demonstrations, for translators. This file is made from
 * resources/catalog/exercises.json and resources/demos/ by
 * tools/catalog-strings and is never compiled: run "meson compile -C
 * build update-catalog-strings" after changing either. */

/* Translators: exercise "chin-tuck", title */
N_("Chin Tuck");
/* Translators: exercise "chin-tuck", summary */
N_("Glide your head gently back so it sits over your shoulders instead of poking forward.");
/* Translators: exercise "chin-tuck", equipment */
N_("Sturdy chair without wheels");
/* Translators: exercise "chin-tuck", start_position */
N_("Sit tall on a firm chair with your back against the backrest and your feet flat on the floor.");
/* Translators: exercise "chin-tuck", steps */
N_("Look straight ahead at a point in front of you.");
/* Translators: exercise "chin-tuck", steps */
N_("Slide your head straight back, as if moving away from something close to your face, keeping your chin level.");
/* Translators: exercise "chin-tuck", steps */
N_("Stop when you feel a gentle stretch at the back of your neck, and hold for 3 to 4 seconds.");
/* Translators: exercise "chin-tuck", steps */
N_("Let your head glide slowly forward again to where it started.");
/* Translators: exercise "chin-tuck", breathing */
N_("Breathe normally throughout, even while you hold the tuck.");
/* Translators: exercise "chin-tuck", easier.text */
N_("Lie on your back on a bed with your head on a pillow, and draw your chin in by sliding the back of your head along the pillow.");
/* Translators: exercise "chin-tuck", harder.text */
N_("Stand with your back against a wall and glide your head back towards it, only as far as is comfortable.");
/* Translators: exercise "chin-tuck", safety */
N_("Keep your chin level: don’t tip it up towards the ceiling or down towards your chest.");
/* Translators: exercise "chin-tuck", safety */
N_("Keep the movement small and gentle, and stop if it hurts or makes you dizzy.");
/* Translators: exercise "chin-tuck", note */
N_("Hold each tuck for 3 to 4 seconds. You can repeat the set a few times during the day.");
/* Translators: exercise "shoulder-blade-squeeze", title */
N_("Shoulder Blade Squeeze");
/* Translators: exercise "shoulder-blade-squeeze", summary */
N_("Draw your shoulder blades back and down to open your chest and wake up your upper back.");
/* Translators: exercise "shoulder-blade-squeeze", start_position */
N_("Sit tall near the front of a firm chair, or stand tall, with your arms relaxed by your sides.");
/* Translators: exercise "shoulder-blade-squeeze", steps */
N_("Let your shoulders drop away from your ears.");
/* Translators: exercise "shoulder-blade-squeeze", steps */
N_("Gently draw your shoulder blades back and down, as if sliding them towards your back pockets.");
/* Translators: exercise "shoulder-blade-squeeze", steps */
N_("Hold for 5 seconds, letting your chest feel broad and open.");
/* Translators: exercise "shoulder-blade-squeeze", steps */
N_("Slowly let your shoulder blades relax again.");
/* Translators: exercise "shoulder-blade-squeeze", breathing */
N_("Breathe out as you draw your shoulder blades back, then keep breathing easily while you hold.");
/* Translators: exercise "shoulder-blade-squeeze", easier.text */
N_("Sit well back in the chair so the backrest supports you, and make the squeeze smaller.");
/* Translators: exercise "shoulder-blade-squeeze", harder.text */
N_("Hold a light resistance band in both hands at chest height and gently stretch it apart as you squeeze.");
/* Translators: exercise "shoulder-blade-squeeze", safety */
N_("Keep your shoulders low: don’t shrug them up towards your ears.");
/* Translators: exercise "shoulder-blade-squeeze", safety */
N_("Keep your lower back still rather than arching it or pushing your chest forward.");
/* Translators: exercise "shoulder-blade-squeeze", note */
N_("Posture exercises like this one are worth doing every day.");
/* Translators: exercise "counter-back-bend", title */
N_("Standing Back Bend at a Counter");
/* Translators: exercise "counter-back-bend", summary */
N_("A small, slow lean backwards, with a kitchen counter behind you, to help you stand taller.");
/* Translators: exercise "counter-back-bend", equipment */
N_("Kitchen counter");
/* Translators: exercise "counter-back-bend", start_position */
N_("Stand with your back to a kitchen counter, your bottom touching its edge and your feet hip-width apart. Rest your hands on your waist.");
/* Translators: exercise "counter-back-bend", steps */
N_("Stand tall and look straight ahead, with your chin level.");
/* Translators: exercise "counter-back-bend", steps */
N_("Gently draw your shoulder blades back and together.");
/* Translators: exercise "counter-back-bend", steps */
N_("Lean your upper body back a little, only as far as feels comfortable.");
/* Translators: exercise "counter-back-bend", steps */
N_("Pause for a moment, then slowly return to standing tall.");
/* Translators: exercise "counter-back-bend", breathing */
N_("Breathe in as you lean back, and breathe out as you return.");
/* Translators: exercise "counter-back-bend", easier.text */
N_("Do it sitting on a firm chair: sit tall, squeeze your shoulder blades together and lift your chest a little.");
/* Translators: exercise "counter-back-bend", harder.text */
N_("Stay in the gentle lean for a few seconds before you return.");
/* Translators: exercise "counter-back-bend", safety */
N_("This is a gentle lean, not a deep backbend, so keep the movement small.");
/* Translators: exercise "counter-back-bend", safety */
N_("Keep your chin level and your feet firmly on the floor.");
/* Translators: exercise "counter-back-bend", safety */
N_("Stop if you feel pain in your back, or if you feel dizzy or unsteady.");
/* Translators: exercise "counter-back-bend", safety */
N_("Stop if leaning back brings on pain, numbness or tingling in your buttocks or legs, and tell your doctor or physiotherapist.");
/* Translators: exercise "counter-back-bend", note */
N_("Move slowly, and keep each lean small and comfortable.");
/* Translators: exercise "face-down-trunk-lift", title */
N_("Face-Down Trunk Lift");
/* Translators: exercise "face-down-trunk-lift", summary */
N_("Lying face down on pillows, raise your head and shoulders slightly to strengthen the muscles along your spine.");
/* Translators: exercise "face-down-trunk-lift", equipment */
N_("Mat");
/* Translators: exercise "face-down-trunk-lift", equipment */
N_("Two or three pillows");
/* Translators: exercise "face-down-trunk-lift", start_position */
N_("Lie face down on a mat with a pillow under your hips and tummy, and a small pillow or folded towel under your forehead. Rest your arms by your sides.");
/* Translators: exercise "face-down-trunk-lift", steps */
N_("Gently draw your shoulder blades back and down towards your hips.");
/* Translators: exercise "face-down-trunk-lift", steps */
N_("Keeping your eyes on the floor, raise your head and shoulders a short way.");
/* Translators: exercise "face-down-trunk-lift", steps */
N_("Hold for a count of 2.");
/* Translators: exercise "face-down-trunk-lift", steps */
N_("Lower your head and shoulders slowly, and rest for a moment before the next lift.");
/* Translators: exercise "face-down-trunk-lift", breathing */
N_("Breathe out as you lift, and breathe in as you lower.");
/* Translators: exercise "face-down-trunk-lift", easier.text */
N_("Do it sitting on a chair instead: sit tall, squeeze your shoulder blades back and lift your chest a little.");
/* Translators: exercise "face-down-trunk-lift", harder.text */
N_("Reach your arms forward past your head and raise them a little along with your head and shoulders (the “superman”).");
/* Translators: exercise "face-down-trunk-lift", harder.safety */
N_("After a spine fracture, do this arms-forward version only if a physiotherapist has shown it to you and says it is right for you.");
/* Translators: exercise "face-down-trunk-lift", safety */
N_("Don’t do this exercise if you have a recent spine fracture that is still painful; ask your doctor or physiotherapist when it is safe to start.");
/* Translators: exercise "face-down-trunk-lift", safety */
N_("Lift only a little: there is no need to arch your back high, and your neck should stay long.");
/* Translators: exercise "face-down-trunk-lift", safety */
N_("Ribs have been injured while lying face down and while rolling over, so keep the pillows under you and move slowly and gently.");
/* Translators: exercise "face-down-trunk-lift", safety */
N_("Use a sturdy chair to help you get down to the floor and back up, and roll onto your side with your shoulders and hips turning together. If getting down to the floor is hard, ask a physiotherapist to show you a safe way, or choose the easier version.");
/* Translators: exercise "face-down-trunk-lift", note */
N_("Start with 3 to 5 lifts. Over several weeks, build up to 15 to 20.");
/* Translators: exercise "wall-angel", title */
N_("Wall Angel");
/* Translators: exercise "wall-angel", summary */
N_("Slide your arms up and down a wall to open your chest and work the muscles between your shoulder blades.");
/* Translators: exercise "wall-angel", equipment */
N_("Wall");
/* Translators: exercise "wall-angel", start_position */
N_("Stand with your back against a wall and your heels about a hand’s width from it. Raise your arms to shoulder height with your elbows bent at a right angle, like a goalpost.");
/* Translators: exercise "wall-angel", steps */
N_("Rest your bottom, your upper back and, if it is comfortable, the back of your head against the wall.");
/* Translators: exercise "wall-angel", steps */
N_("Keep your elbows and the backs of your hands close to the wall, or touching it.");
/* Translators: exercise "wall-angel", steps */
N_("Slowly slide your arms up the wall as far as is comfortable.");
/* Translators: exercise "wall-angel", steps */
N_("Slide them slowly back down to shoulder height.");
/* Translators: exercise "wall-angel", breathing */
N_("Breathe in as your arms slide up, and breathe out as they come down.");
/* Translators: exercise "wall-angel", easier.text */
N_("Slide your arms only part of the way up, or stand a step away from the wall and make the same arm movement in the air.");
/* Translators: exercise "wall-angel", harder.text */
N_("Move more slowly, and pause for a few seconds with your arms at the highest comfortable point.");
/* Translators: exercise "wall-angel", safety */
N_("If your upper back is rounded, your head may not reach the wall; let it rest where it is comfortable and never force it back.");
/* Translators: exercise "wall-angel", safety */
N_("Keep your lower back relaxed rather than arching it away from the wall.");
/* Translators: exercise "wall-angel", safety */
N_("Stop if you feel pain or pinching in your shoulders.");
/* Translators: exercise "wall-angel", note */
N_("Build up to 10 slow slides.");
/* Translators: exercise "band-row", title */
N_("Band Row");
/* Translators: exercise "band-row", summary */
N_("Pull a resistance band towards you to strengthen your upper back and help you sit and stand tall.");
/* Translators: exercise "band-row", equipment */
N_("Resistance band");
/* Translators: exercise "band-row", start_position */
N_("Fix the middle of a resistance band to something sturdy in front of you at chest height, such as a stair post. Sit tall near the front of a firm chair, holding one end of the band in each hand with your arms reaching forward.");
/* Translators: exercise "band-row", steps */
N_("Start with your arms forward and the band just taut.");
/* Translators: exercise "band-row", steps */
N_("Pull your elbows back close to your sides, squeezing your shoulder blades together.");
/* Translators: exercise "band-row", steps */
N_("Pause for a moment when your hands reach the sides of your ribs.");
/* Translators: exercise "band-row", steps */
N_("Let your arms go forward again slowly, keeping control of the band.");
/* Translators: exercise "band-row", breathing */
N_("Breathe out as you pull back, and breathe in as you return.");
/* Translators: exercise "band-row", easier.text */
N_("Use a lighter band, or move your chair closer so the band stretches less.");
/* Translators: exercise "band-row", harder.text */
N_("Use a stronger band, or hold the squeeze for 2 to 3 seconds at the end of each pull.");
/* Translators: exercise "band-row", safety */
N_("Keep your spine upright throughout; don’t lean back to help the pull.");
/* Translators: exercise "band-row", safety */
N_("Check that the band is firmly fixed and has no nicks or tears before you start.");
/* Translators: exercise "band-row", safety */
N_("Choose a band that makes the last few pulls feel hard, but never a strain.");
/* Translators: exercise "band-row", note */
N_("Aim for 8 to 12 slow pulls in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "wall-push-up", title */
N_("Wall Push-Up");
/* Translators: exercise "wall-push-up", summary */
N_("Push yourself away from a wall to strengthen your chest, shoulders and arms without going down to the floor.");
/* Translators: exercise "wall-push-up", start_position */
N_("Stand facing a wall, a little more than an arm’s length away, with your feet hip-width apart. Place your hands flat on the wall at shoulder height and shoulder-width apart.");
/* Translators: exercise "wall-push-up", steps */
N_("Gently tighten your tummy muscles so your body stays in one straight line from head to heels.");
/* Translators: exercise "wall-push-up", steps */
N_("Bend your elbows and slowly lower your chest towards the wall.");
/* Translators: exercise "wall-push-up", steps */
N_("Go only as close to the wall as feels comfortable.");
/* Translators: exercise "wall-push-up", steps */
N_("Push through your hands to straighten your arms and return to the start.");
/* Translators: exercise "wall-push-up", breathing */
N_("Breathe in as you lower towards the wall, and breathe out as you push away.");
/* Translators: exercise "wall-push-up", easier.text */
N_("Stand closer to the wall so you lean in less.");
/* Translators: exercise "wall-push-up", harder.text */
N_("Place your hands on the edge of a sturdy kitchen counter, so that you lean further forward.");
/* Translators: exercise "wall-push-up", safety */
N_("Keep your body straight: don’t let your hips sag or your bottom stick out.");
/* Translators: exercise "wall-push-up", safety */
N_("This exercise puts weight through your wrists too, so stop if they hurt.");
/* Translators: exercise "wall-push-up", safety */
N_("Wear shoes that grip well so your feet can’t slide.");
/* Translators: exercise "wall-push-up", note */
N_("Aim for 8 to 12 push-ups in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "sit-to-stand", title */
N_("Sit to Stand");
/* Translators: exercise "sit-to-stand", summary */
N_("Stand up from a chair and sit down slowly to build the leg strength you use every day.");
/* Translators: exercise "sit-to-stand", start_position */
N_("Sit near the front of a sturdy chair that is placed against a wall. Put your feet flat on the floor, hip-width apart and slightly behind your knees.");
/* Translators: exercise "sit-to-stand", steps */
N_("Lean forward from your hips, keeping your back straight, until your nose is above your toes.");
/* Translators: exercise "sit-to-stand", steps */
N_("Push through your feet and stand up fully, squeezing your buttocks at the top.");
/* Translators: exercise "sit-to-stand", steps */
N_("Stand tall for a moment.");
/* Translators: exercise "sit-to-stand", steps */
N_("Bend at your hips and knees to lower yourself slowly onto the seat, without dropping into it.");
/* Translators: exercise "sit-to-stand", breathing */
N_("Breathe out as you rise, and breathe in as you lower yourself.");
/* Translators: exercise "sit-to-stand", easier.text */
N_("Push up with your hands on the armrests or on your thighs, or use a higher seat.");
/* Translators: exercise "sit-to-stand", harder.text */
N_("Cross your arms over your chest, or use a lower seat.");
/* Translators: exercise "sit-to-stand", safety */
N_("Lean forward by bending at your hips, never by rounding your back.");
/* Translators: exercise "sit-to-stand", safety */
N_("Make sure the chair can’t slide: put it against a wall on a floor that isn’t slippery.");
/* Translators: exercise "sit-to-stand", safety */
N_("Sit down slowly and with control rather than dropping onto the seat.");
/* Translators: exercise "sit-to-stand", note */
N_("Do as many as you can with good form, up to 10. When 10 feel easy, try a harder version.");
/* Translators: exercise "mini-squat", title */
N_("Mini-Squat");
/* Translators: exercise "mini-squat", summary */
N_("Bend your knees a little while holding on to a support to strengthen your thighs and hips.");
/* Translators: exercise "mini-squat", start_position */
N_("Stand facing a kitchen counter or the back of a sturdy chair, holding it with both hands. Place your feet hip-width apart.");
/* Translators: exercise "mini-squat", steps */
N_("Stand tall, with your chest lifted and your eyes looking ahead.");
/* Translators: exercise "mini-squat", steps */
N_("Slowly bend your knees and let your hips go back a little, keeping your knees in line with your toes.");
/* Translators: exercise "mini-squat", steps */
N_("Go down only as far as is comfortable, keeping your heels on the floor.");
/* Translators: exercise "mini-squat", steps */
N_("Straighten your legs slowly to come back up, squeezing your buttocks.");
/* Translators: exercise "mini-squat", breathing */
N_("Breathe in as you bend your knees, and breathe out as you straighten up.");
/* Translators: exercise "mini-squat", easier.text */
N_("Bend your knees only a little way.");
/* Translators: exercise "mini-squat", harder.text */
N_("Hold on with just one hand, and bend your knees a little further.");
/* Translators: exercise "mini-squat", safety */
N_("Keep your heels on the floor and your chest up throughout.");
/* Translators: exercise "mini-squat", safety */
N_("Let your knees point the same way as your toes, not inwards.");
/* Translators: exercise "mini-squat", safety */
N_("Stop if your knees hurt.");
/* Translators: exercise "mini-squat", note */
N_("Start with 5 and build up to 10 over the coming weeks.");
/* Translators: exercise "heel-raise", title */
N_("Heel Raise");
/* Translators: exercise "heel-raise", summary */
N_("Rise up onto your toes and lower slowly to strengthen your calves and help your balance.");
/* Translators: exercise "heel-raise", start_position */
N_("Stand tall facing a kitchen counter or the back of a sturdy chair, holding on with one hand. Place your feet hip-width apart.");
/* Translators: exercise "heel-raise", steps */
N_("Rise slowly onto the balls of your feet while you count to 3.");
/* Translators: exercise "heel-raise", steps */
N_("Lift your heels as high as is comfortable, keeping your body tall.");
/* Translators: exercise "heel-raise", steps */
N_("Lower your heels slowly back to the floor while you count to 5.");
/* Translators: exercise "heel-raise", breathing */
N_("Breathe out as you rise, and breathe in as you lower.");
/* Translators: exercise "heel-raise", easier.text */
N_("Hold on with both hands, and make the lift smaller if you need to.");
/* Translators: exercise "heel-raise", harder.text */
N_("Let go of the support while keeping it within reach, or rise up on one foot at a time.");
/* Translators: exercise "heel-raise", safety */
N_("Keep your knees soft; don’t lock them straight.");
/* Translators: exercise "heel-raise", safety */
N_("Keep the support within easy reach, even when you are not holding it.");
/* Translators: exercise "heel-raise", note */
N_("Work up to 10 slow raises. When that is easy, try a harder version.");
/* Translators: exercise "toe-raise", title */
N_("Toe Raise");
/* Translators: exercise "toe-raise", summary */
N_("Lift the front of your feet off the floor to strengthen the muscles at the front of your shins.");
/* Translators: exercise "toe-raise", steps */
N_("Stand tall, with your weight spread evenly over both feet.");
/* Translators: exercise "toe-raise", steps */
N_("Keep your heels on the floor and lift your toes and the front of your feet.");
/* Translators: exercise "toe-raise", steps */
N_("Lower them slowly back to the floor.");
/* Translators: exercise "toe-raise", breathing */
N_("Breathe out as you lift your toes, and breathe in as you lower them.");
/* Translators: exercise "toe-raise", harder.text */
N_("Let go of the support while keeping it within reach, or lift the front of one foot at a time.");
/* Translators: exercise "toe-raise", safety */
N_("Stay tall and don’t push your bottom back to help the lift.");
/* Translators: exercise "toe-raise", safety */
N_("Keep the support within easy reach, because this movement can make you tip backwards.");
/* Translators: exercise "toe-raise", note */
N_("Work up to 10 slow lifts. When that is easy, try a harder version.");
/* Translators: exercise "side-leg-raise", title */
N_("Side Leg Raise");
/* Translators: exercise "side-leg-raise", summary */
N_("Lift one leg out to the side while holding a chair to strengthen the muscles that steady your hips.");
/* Translators: exercise "side-leg-raise", start_position */
N_("Stand tall behind a sturdy chair, holding its back with both hands, with your feet slightly apart.");
/* Translators: exercise "side-leg-raise", steps */
N_("Shift your weight onto one leg, keeping that knee soft.");
/* Translators: exercise "side-leg-raise", steps */
N_("Slowly lift the other leg out to the side, with your toes pointing forward.");
/* Translators: exercise "side-leg-raise", steps */
N_("Keep your body upright, and lift only as far as you can without leaning.");
/* Translators: exercise "side-leg-raise", steps */
N_("Lower the leg slowly back down.");
/* Translators: exercise "side-leg-raise", steps */
N_("Do all the lifts with one leg, then change legs.");
/* Translators: exercise "side-leg-raise", breathing */
N_("Breathe out as you lift your leg, and breathe in as you lower it.");
/* Translators: exercise "side-leg-raise", easier.text */
N_("Make the lift smaller. You can also do it lying on your side on a bed, lifting your top leg.");
/* Translators: exercise "side-leg-raise", harder.text */
N_("Wear a light ankle weight once the lifts feel easy.");
/* Translators: exercise "side-leg-raise", safety */
N_("Don’t lean your body sideways to lift your leg higher.");
/* Translators: exercise "side-leg-raise", safety */
N_("Hold on to the chair throughout.");
/* Translators: exercise "side-leg-raise", note */
N_("Aim for 8 to 12 lifts on each side.");
/* Translators: exercise "standing-hip-extension", title */
N_("Standing Hip Extension");
/* Translators: exercise "standing-hip-extension", summary */
N_("Move one straight leg backwards while holding a chair to strengthen the muscles of your buttocks.");
/* Translators: exercise "standing-hip-extension", start_position */
N_("Stand tall facing the back of a sturdy chair, holding it with both hands, with your feet slightly apart.");
/* Translators: exercise "standing-hip-extension", steps */
N_("Keep your back upright and your eyes looking ahead.");
/* Translators: exercise "standing-hip-extension", steps */
N_("Slowly move one leg straight back, keeping the knee straight.");
/* Translators: exercise "standing-hip-extension", steps */
N_("Stop before your body tips forward or your lower back arches.");
/* Translators: exercise "standing-hip-extension", steps */
N_("Bring the leg slowly back to the start.");
/* Translators: exercise "standing-hip-extension", breathing */
N_("Breathe out as your leg moves back, and breathe in as it returns.");
/* Translators: exercise "standing-hip-extension", easier.text */
N_("Make the movement smaller.");
/* Translators: exercise "standing-hip-extension", harder.text */
N_("Wear a light ankle weight once the movement feels easy.");
/* Translators: exercise "standing-hip-extension", safety */
N_("Keep your back upright; don’t lean forward over the chair to lift your leg higher.");
/* Translators: exercise "standing-hip-extension", safety */
N_("A small movement is all you need.");
/* Translators: exercise "bridge", title */
N_("Bridge");
/* Translators: exercise "bridge", summary */
N_("Lying on your back, lift your hips to strengthen your buttocks and the backs of your thighs.");
/* Translators: exercise "bridge", start_position */
N_("Lie on your back on a mat with your knees bent, your feet flat and hip-width apart, and your arms resting by your sides.");
/* Translators: exercise "bridge", steps */
N_("Gently tighten your tummy muscles and squeeze your buttocks.");
/* Translators: exercise "bridge", steps */
N_("Lift your hips until your body makes a straight line from your shoulders to your knees.");
/* Translators: exercise "bridge", steps */
N_("Hold for 3 seconds.");
/* Translators: exercise "bridge", steps */
N_("Lower your hips slowly back to the mat.");
/* Translators: exercise "bridge", breathing */
N_("Breathe out as you lift your hips, and breathe in as you lower them.");
/* Translators: exercise "bridge", easier.text */
N_("Lift your hips only a little way.");
/* Translators: exercise "bridge", harder.text */
N_("Hold each lift for longer, or, with your hips up, lift one foot and then the other in a slow march.");
/* Translators: exercise "bridge", safety */
N_("Lift only until your body is straight; don’t push your hips so high that your back arches.");
/* Translators: exercise "bridge", safety */
N_("Use a sturdy chair to help you get down to the floor and back up, and roll onto your side with your shoulders and hips turning together.");
/* Translators: exercise "bridge", safety */
N_("If getting down to the floor is hard, ask a physiotherapist to show you a safe way, or do the exercise lying on a firm bed.");
/* Translators: exercise "bridge", note */
N_("Aim for 8 to 12 lifts in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "step-up", title */
N_("Step-Up");
/* Translators: exercise "step-up", summary */
N_("Step up onto a low step and down again to build the leg strength you need for stairs.");
/* Translators: exercise "step-up", equipment */
N_("Low step with a handrail");
/* Translators: exercise "step-up", start_position */
N_("Stand facing the bottom stair, or a low, steady step with a handrail. Hold the rail.");
/* Translators: exercise "step-up", steps */
N_("Place one whole foot firmly on the step.");
/* Translators: exercise "step-up", steps */
N_("Push through that foot to step up, and bring your other foot up beside it.");
/* Translators: exercise "step-up", steps */
N_("Stand tall on the step for a moment.");
/* Translators: exercise "step-up", steps */
N_("Step back down slowly, one foot at a time, still holding the rail.");
/* Translators: exercise "step-up", steps */
N_("Lead with the same leg for all the steps, then change legs.");
/* Translators: exercise "step-up", breathing */
N_("Breathe out as you step up, and breathe in as you step down.");
/* Translators: exercise "step-up", easier.text */
N_("Use a lower step and hold the rail firmly.");
/* Translators: exercise "step-up", harder.text */
N_("Use a higher step, or hold a light weight in the hand that is not on the rail.");
/* Translators: exercise "step-up", safety */
N_("Put your whole foot on the step, not just your toes.");
/* Translators: exercise "step-up", safety */
N_("Use a step that is steady and not slippery, with a handrail within reach.");
/* Translators: exercise "step-up", note */
N_("Aim for 8 to 12 steps leading with each leg in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "hip-hinge", title */
N_("Hip Hinge");
/* Translators: exercise "hip-hinge", summary */
N_("Practise bending at your hips with a straight back, the safe way to lean forward or pick things up.");
/* Translators: exercise "hip-hinge", equipment */
N_("Broom handle or long stick");
/* Translators: exercise "hip-hinge", start_position */
N_("Stand tall with your feet hip-width apart. Hold a broom handle upright along your back, one hand behind your neck and the other at your lower back, both gripping the stick, so it touches your head, upper back and tailbone.");
/* Translators: exercise "hip-hinge", steps */
N_("Bend your knees slightly.");
/* Translators: exercise "hip-hinge", steps */
N_("Push your hips back, as if closing a drawer with your bottom, and let your upper body tilt forward.");
/* Translators: exercise "hip-hinge", steps */
N_("Keep the stick touching your head, upper back and tailbone the whole time.");
/* Translators: exercise "hip-hinge", steps */
N_("Go only as far as you can while all three points stay in contact.");
/* Translators: exercise "hip-hinge", steps */
N_("Squeeze your buttocks and bring your hips forward to stand tall again.");
/* Translators: exercise "hip-hinge", breathing */
N_("Breathe in as you hinge forward, and breathe out as you come back up.");
/* Translators: exercise "hip-hinge", easier.text */
N_("Hinge only a short way forward.");
/* Translators: exercise "hip-hinge", harder.text */
N_("When you can do it well, put the stick away and hold a light weight close to your body as you hinge.");
/* Translators: exercise "hip-hinge", harder.safety */
N_("After a spine fracture, have a physiotherapist check your hinge before you add a weight.");
/* Translators: exercise "hip-hinge", safety */
N_("Bend from your hips, never by rounding your back; if the stick leaves your head, upper back or tailbone, you have gone too far.");
/* Translators: exercise "hip-hinge", safety */
N_("If your upper back is rounded and the stick cannot touch your head while you stand comfortably, let it touch where it can: never force your head or shoulders back to reach it.");
/* Translators: exercise "hip-hinge", safety */
N_("Use this movement in daily life: bend your hips and knees, keep what you lift close to your body, and turn with your feet rather than twisting.");
/* Translators: exercise "hip-hinge", safety */
N_("Stop if you feel back pain.");
/* Translators: exercise "hip-hinge", note */
N_("Aim for 8 to 12 hinges in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "wrist-curl", title */
N_("Wrist Curl");
/* Translators: exercise "wrist-curl", summary */
N_("Curl a light weight upwards, palm facing up, to strengthen your forearm and your grip.");
/* Translators: exercise "wrist-curl", equipment */
N_("Light weight (0.5–1 kg) or a full water bottle");
/* Translators: exercise "wrist-curl", equipment */
N_("Table");
/* Translators: exercise "wrist-curl", start_position */
N_("Sit on a sturdy chair at a table. Rest one forearm on the table, palm up, with your hand just past the edge. Hold a light weight in that hand.");
/* Translators: exercise "wrist-curl", steps */
N_("Keep your forearm resting on the table throughout.");
/* Translators: exercise "wrist-curl", steps */
N_("Slowly let your hand bend down so the weight lowers a little.");
/* Translators: exercise "wrist-curl", steps */
N_("Curl your hand slowly up towards you, as far as is comfortable.");
/* Translators: exercise "wrist-curl", steps */
N_("Lower it slowly again, keeping a firm grip on the weight.");
/* Translators: exercise "wrist-curl", steps */
N_("Do all the curls with one hand, then change hands.");
/* Translators: exercise "wrist-curl", breathing */
N_("Breathe out as you curl up, and breathe in as you lower.");
/* Translators: exercise "wrist-curl", easier.text */
N_("Do the movement without a weight.");
/* Translators: exercise "wrist-curl", harder.text */
N_("Use a slightly heavier weight, as long as you can still move it slowly for 8 to 12 curls.");
/* Translators: exercise "wrist-curl", safety */
N_("Move slowly and keep a firm grip so the weight can’t slip.");
/* Translators: exercise "wrist-curl", safety */
N_("Start light, with a weight you can lift 8 to 12 times with good control.");
/* Translators: exercise "wrist-curl", safety */
N_("Stop if your wrist hurts.");
/* Translators: exercise "wrist-curl", note */
N_("Aim for 8 to 12 slow curls with each hand in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "reverse-wrist-curl", title */
N_("Reverse Wrist Curl");
/* Translators: exercise "reverse-wrist-curl", summary */
N_("Lift the back of your hand, palm facing down, to strengthen the top of your forearm.");
/* Translators: exercise "reverse-wrist-curl", equipment */
N_("Very light weight (up to 0.5 kg) or a small water bottle");
/* Translators: exercise "reverse-wrist-curl", start_position */
N_("Sit on a sturdy chair at a table. Rest one forearm on the table, palm down, with your hand just past the edge. Hold a very light weight in that hand.");
/* Translators: exercise "reverse-wrist-curl", steps */
N_("Slowly lift the back of your hand upwards, as far as is comfortable.");
/* Translators: exercise "reverse-wrist-curl", steps */
N_("Lower your hand slowly again, keeping a firm grip.");
/* Translators: exercise "reverse-wrist-curl", steps */
N_("Do all the lifts with one hand, then change hands.");
/* Translators: exercise "reverse-wrist-curl", harder.text */
N_("Use a slightly heavier weight, but keep it lighter than for the wrist curl.");
/* Translators: exercise "reverse-wrist-curl", safety */
N_("Use a lighter weight than for the wrist curl, as lifting with your palm down is harder.");
/* Translators: exercise "reverse-wrist-curl", note */
N_("Aim for 8 to 12 slow lifts with each hand in 1 to 3 sets. Resting about a minute between sets is a common starting point.");
/* Translators: exercise "grip-squeeze", title */
N_("Grip Squeeze");
/* Translators: exercise "grip-squeeze", summary */
N_("Squeeze a soft ball to strengthen your grip and the muscles of your hand and forearm.");
/* Translators: exercise "grip-squeeze", equipment */
N_("Soft ball");
/* Translators: exercise "grip-squeeze", start_position */
N_("Sit at a table with one forearm resting on it and your hand just past the edge, holding a soft ball.");
/* Translators: exercise "grip-squeeze", steps */
N_("Squeeze the ball as firmly as is comfortable.");
/* Translators: exercise "grip-squeeze", steps */
N_("Hold the squeeze for 3 to 5 seconds.");
/* Translators: exercise "grip-squeeze", steps */
N_("Let go slowly and relax your hand.");
/* Translators: exercise "grip-squeeze", steps */
N_("Do all the squeezes with one hand, then change hands.");
/* Translators: exercise "grip-squeeze", breathing */
N_("Breathe normally while you squeeze, and don’t hold your breath.");
/* Translators: exercise "grip-squeeze", easier.text */
N_("Use a softer ball, or squeeze more gently.");
/* Translators: exercise "grip-squeeze", harder.text */
N_("Use a firmer ball.");
/* Translators: exercise "grip-squeeze", safety */
N_("If you have arthritis in your hands, squeeze gently and stop if it flares up.");
/* Translators: exercise "grip-squeeze", safety */
N_("Stop if the squeeze causes pain.");
/* Translators: exercise "grip-squeeze", note */
N_("Hold each squeeze for 3 to 5 seconds, and build up to 15 with each hand.");
/* Translators: exercise "stance-progression", title */
N_("Stance Progression");
/* Translators: exercise "stance-progression", summary */
N_("Hold steady with your feet in narrower and narrower positions, with support close by, to sharpen your balance.");
/* Translators: exercise "stance-progression", start_position */
N_("Stand facing a kitchen counter with one hand resting on it, or stand in the corner of a room. Put your feet together.");
/* Translators: exercise "stance-progression", steps */
N_("Look straight ahead at a fixed point, and hold steady with your feet together.");
/* Translators: exercise "stance-progression", steps */
N_("When that feels easy, move one foot forward so its heel sits beside the big toe of the other foot, and hold.");
/* Translators: exercise "stance-progression", steps */
N_("When that feels easy, place one foot directly in front of the other, heel touching toes, and hold.");
/* Translators: exercise "stance-progression", steps */
N_("Each time you practise, change which foot is in front.");
/* Translators: exercise "stance-progression", breathing */
N_("Breathe slowly and evenly while you hold each position.");
/* Translators: exercise "stance-progression", easier.text */
N_("Hold on to the counter with both hands.");
/* Translators: exercise "stance-progression", harder.text */
N_("Use less support step by step: one hand, one fingertip, hands hovering just above the counter, then no hands. Later, try closing your eyes, with the counter right in front of you.");
/* Translators: exercise "stance-progression", safety */
N_("Stand in a corner or right next to a counter, so you can steady yourself straight away if you wobble.");
/* Translators: exercise "stance-progression", safety */
N_("Move on to a harder position, or less support, only when the current one feels steady.");
/* Translators: exercise "stance-progression", safety */
N_("Stop and sit down if you feel dizzy.");
/* Translators: exercise "stance-progression", note */
N_("Hold each position for 10 seconds at first, and build up to 30 seconds.");
/* Translators: exercise "single-leg-stance", title */
N_("Single-Leg Stance");
/* Translators: exercise "single-leg-stance", summary */
N_("Stand on one leg for a few seconds, holding a chair, to train your balance.");
/* Translators: exercise "single-leg-stance", start_position */
N_("Stand tall behind a sturdy chair, holding its back with both hands, with your feet hip-width apart.");
/* Translators: exercise "single-leg-stance", steps */
N_("Lift your other foot a little off the floor.");
/* Translators: exercise "single-leg-stance", steps */
N_("Hold for up to 10 seconds, standing tall and looking ahead.");
/* Translators: exercise "single-leg-stance", steps */
N_("Put your foot down gently.");
/* Translators: exercise "single-leg-stance", steps */
N_("Do all the holds on one leg, then change legs.");
/* Translators: exercise "single-leg-stance", breathing */
N_("Breathe slowly and evenly while you balance.");
/* Translators: exercise "single-leg-stance", easier.text */
N_("Lift your foot only just off the floor, and hold for a shorter time.");
/* Translators: exercise "single-leg-stance", harder.text */
N_("Use less support step by step: one hand, one fingertip, hands hovering just above the chair, then no hands.");
/* Translators: exercise "single-leg-stance", safety */
N_("Keep a sturdy support within reach at all times.");
/* Translators: exercise "single-leg-stance", safety */
N_("Put your foot down as soon as you feel unsteady.");
/* Translators: exercise "single-leg-stance", note */
N_("Hold for up to 10 seconds each time, and aim for 10 to 15 holds on each leg.");
/* Translators: exercise "heel-to-toe-walk", title */
N_("Heel-to-Toe Walk");
/* Translators: exercise "heel-to-toe-walk", summary */
N_("Walk along a counter setting each heel right in front of the other foot’s toes, to steady your walking.");
/* Translators: exercise "heel-to-toe-walk", start_position */
N_("Stand side-on to a long kitchen counter or a wall rail, with one hand resting on it.");
/* Translators: exercise "heel-to-toe-walk", steps */
N_("Look ahead at a fixed point rather than down at your feet.");
/* Translators: exercise "heel-to-toe-walk", steps */
N_("Step forward so the heel of your front foot lands just in front of the toes of your back foot.");
/* Translators: exercise "heel-to-toe-walk", steps */
N_("Bring your back foot forward in the same way, walking slowly along the counter.");
/* Translators: exercise "heel-to-toe-walk", steps */
N_("Keep going for 20 steps. At the end of the counter, stop, hold on, and turn around with small, ordinary steps before you go on.");
/* Translators: exercise "heel-to-toe-walk", breathing */
N_("Breathe steadily as you walk.");
/* Translators: exercise "heel-to-toe-walk", easier.text */
N_("Keep a firm hold of the counter or rail, and take your time with each step.");
/* Translators: exercise "heel-to-toe-walk", harder.text */
N_("Walk without holding on, staying close to the counter. Later, try walking heel to toe backwards.");
/* Translators: exercise "heel-to-toe-walk", safety */
N_("Clear your path of rugs, cables and clutter first.");
/* Translators: exercise "heel-to-toe-walk", safety */
N_("Stay close to the counter or rail so you can grab it if you wobble.");
/* Translators: exercise "heel-to-toe-walk", safety */
N_("Never turn while your feet are heel to toe: stop first, hold on, then turn.");
/* Translators: exercise "heel-to-toe-walk", note */
N_("Count 20 steps, placing one foot in front of the other.");
/* Translators: exercise "sideways-walking", title */
N_("Sideways and Backwards Walking");
/* Translators: exercise "sideways-walking", summary */
N_("Walk sideways and backwards beside a kitchen counter to practise the steps that keep you steady.");
/* Translators: exercise "sideways-walking", start_position */
N_("Stand facing a long kitchen counter with your hands resting on it and your feet together.");
/* Translators: exercise "sideways-walking", steps */
N_("Take 10 steps sideways to the right, moving one foot out and bringing the other to meet it.");
/* Translators: exercise "sideways-walking", steps */
N_("Then take 10 steps to the left in the same way, back to where you began.");
/* Translators: exercise "sideways-walking", steps */
N_("Turn side-on to the counter, keep one hand on it, and take 10 slow steps backwards.");
/* Translators: exercise "sideways-walking", steps */
N_("Walk forwards to where you started.");
/* Translators: exercise "sideways-walking", easier.text */
N_("Hold the counter firmly, and take small steps.");
/* Translators: exercise "sideways-walking", harder.text */
N_("Walk without holding on, staying close to the counter, and take longer steps.");
/* Translators: exercise "sideways-walking", safety */
N_("Check the floor for rugs, mats and clutter before you start.");
/* Translators: exercise "sideways-walking", safety */
N_("When walking backwards, keep your steps small and stay close to the counter.");
/* Translators: exercise "sideways-walking", note */
N_("Take 10 steps in each direction.");
/* Translators: exercise "weight-shift", title */
N_("Weight Shift");
/* Translators: exercise "weight-shift", summary */
N_("Rock your weight slowly forward, back and from side to side to help you learn to stay steady.");
/* Translators: exercise "weight-shift", start_position */
N_("Stand facing a kitchen counter with your hands resting on it and your feet hip-width apart.");
/* Translators: exercise "weight-shift", steps */
N_("Slowly shift your weight forward towards your toes, keeping your heels on the floor.");
/* Translators: exercise "weight-shift", steps */
N_("Slowly shift your weight back towards your heels, keeping your toes on the floor.");
/* Translators: exercise "weight-shift", steps */
N_("Now slowly shift your weight over one foot, then across to the other.");
/* Translators: exercise "weight-shift", steps */
N_("Keep your body tall and move from your ankles, not by bending at the waist.");
/* Translators: exercise "weight-shift", breathing */
N_("Breathe slowly and evenly as you shift your weight.");
/* Translators: exercise "weight-shift", easier.text */
N_("Make the shifts small.");
/* Translators: exercise "weight-shift", harder.text */
N_("Lean a little further each way, and use less support, such as one hand or just your fingertips.");
/* Translators: exercise "weight-shift", safety */
N_("Move slowly and smoothly.");
/* Translators: exercise "weight-shift", safety */
N_("Keep your feet flat on the floor and stay close to the counter.");
/* Translators: exercise "weight-shift", note */
N_("Do 10 shifts from heels to toes and 10 from side to side.");
/* Translators: exercise "wall-plank", title */
N_("Wall Plank");
/* Translators: exercise "wall-plank", summary */
N_("Lean on your forearms against a wall and hold a straight body line to strengthen your trunk.");
/* Translators: exercise "wall-plank", start_position */
N_("Stand facing a wall and place your forearms on it at shoulder height, elbows below your shoulders. Step your feet back so your body leans in a straight line from head to heels.");
/* Translators: exercise "wall-plank", steps */
N_("Gently tighten your tummy muscles, as if getting ready for a light poke in the stomach.");
/* Translators: exercise "wall-plank", steps */
N_("Keep your head, back and hips in one straight line, without letting your back sag or your bottom stick out.");
/* Translators: exercise "wall-plank", steps */
N_("Hold the position, breathing steadily.");
/* Translators: exercise "wall-plank", steps */
N_("Walk your feet in towards the wall to finish.");
/* Translators: exercise "wall-plank", breathing */
N_("Keep breathing steadily while you hold, and don’t hold your breath.");
/* Translators: exercise "wall-plank", easier.text */
N_("Stand with your feet closer to the wall so you lean in less.");
/* Translators: exercise "wall-plank", harder.text */
N_("Rest your forearms on a sturdy kitchen counter instead, so you lean further forward.");
/* Translators: exercise "wall-plank", safety */
N_("Keep your back in its natural shape: not sagging, arched or rounded.");
/* Translators: exercise "wall-plank", safety */
N_("Stop if you feel pain in your back or shoulders.");
/* Translators: exercise "wall-plank", note */
N_("Start with 10-second holds and build up to 30 seconds.");
/* Translators: exercise "bird-dog", title */
N_("Bird Dog");
/* Translators: exercise "bird-dog", summary */
N_("On your hands and knees, reach out one arm and the opposite leg to strengthen your back and trunk.");
/* Translators: exercise "bird-dog", start_position */
N_("Kneel on a mat on your hands and knees, with your hands under your shoulders and your knees under your hips. Put a folded towel under your knees if they are tender.");
/* Translators: exercise "bird-dog", steps */
N_("Gently tighten your tummy muscles and keep your back level, like a table top.");
/* Translators: exercise "bird-dog", steps */
N_("Slowly reach one arm forward and the opposite leg back until both are in line with your body.");
/* Translators: exercise "bird-dog", steps */
N_("Hold for 5 seconds, keeping your hips and shoulders level.");
/* Translators: exercise "bird-dog", steps */
N_("Lower your arm and leg slowly back to the mat.");
/* Translators: exercise "bird-dog", steps */
N_("Repeat with the other arm and leg.");
/* Translators: exercise "bird-dog", breathing */
N_("Breathe out as you reach, then keep breathing steadily while you hold.");
/* Translators: exercise "bird-dog", easier.text */
N_("Reach out with just one arm, or slide back just one leg, keeping the other hand and knee on the mat.");
/* Translators: exercise "bird-dog", harder.text */
N_("Hold each reach for longer.");
/* Translators: exercise "bird-dog", safety */
N_("Keep your back level, and don’t let your body or hips twist as you reach.");
/* Translators: exercise "bird-dog", safety */
N_("If kneeling hurts, or getting down to the floor is hard, ask a physiotherapist for a safer alternative.");
/* Translators: exercise "bird-dog", note */
N_("Build up to 8 on each side.");
/* Translators: exercise "side-plank-wall", title */
N_("Side Plank at a Wall");
/* Translators: exercise "side-plank-wall", summary */
N_("Lean sideways on one forearm against a wall and hold, to strengthen the muscles along your sides.");
/* Translators: exercise "side-plank-wall", start_position */
N_("Stand side-on to a wall, a short step away from it, with your feet together. Place the forearm nearest the wall against it at shoulder height, with your elbow just below your shoulder.");
/* Translators: exercise "side-plank-wall", steps */
N_("Lean your weight onto your forearm so your body slopes towards the wall in a straight line.");
/* Translators: exercise "side-plank-wall", steps */
N_("Gently tighten your tummy muscles and lift your hips away from the wall so they don’t sag towards it.");
/* Translators: exercise "side-plank-wall", steps */
N_("Keep your chest and hips facing forward, without twisting.");
/* Translators: exercise "side-plank-wall", steps */
N_("Hold, breathing steadily, then step your feet in to come upright.");
/* Translators: exercise "side-plank-wall", steps */
N_("Turn around and repeat on the other side.");
/* Translators: exercise "side-plank-wall", harder.text */
N_("Do it on the floor, resting on your forearm with your knees bent, and later with your legs straight.");
/* Translators: exercise "side-plank-wall", harder.safety */
N_("Only if you can get down to the floor and up again safely; after a spine fracture, learn it with a physiotherapist first.");
/* Translators: exercise "side-plank-wall", safety */
N_("Keep your elbow below your shoulder to protect it, and stop if your shoulder hurts.");
/* Translators: exercise "side-plank-wall", safety */
N_("Keep your body facing forward; don’t twist or rotate it.");
/* Translators: exercise "side-plank-wall", note */
N_("Start with 10 seconds on each side and build up to 20 seconds.");
/* Translators: demonstration "chin-tuck", caption */
N_("Sit tall and look straight ahead");
/* Translators: demonstration "chin-tuck", caption */
N_("Slide your head straight back");
/* Translators: demonstration "chin-tuck", caption */
N_("Hold, keeping your chin level");
/* Translators: demonstration "chin-tuck", caption */
N_("Let your head glide forward again");
/* Translators: demonstration "shoulder-blade-squeeze", caption */
N_("Sit tall and let your shoulders drop");
/* Translators: demonstration "shoulder-blade-squeeze", caption */
N_("Breathe out and draw your shoulder blades back and down");
/* Translators: demonstration "shoulder-blade-squeeze", caption */
N_("Hold for 5 seconds, chest broad and open");
/* Translators: demonstration "shoulder-blade-squeeze", caption */
N_("Slowly relax");
/* Translators: demonstration "counter-back-bend", caption */
N_("Stand tall, hands on your waist");
/* Translators: demonstration "counter-back-bend", caption */
N_("Draw your shoulder blades back");
/* Translators: demonstration "counter-back-bend", caption */
N_("Breathe in and lean back a little");
/* Translators: demonstration "counter-back-bend", caption */
N_("Pause");
/* Translators: demonstration "counter-back-bend", caption */
N_("Breathe out and return to standing tall");
/* Translators: demonstration "face-down-trunk-lift", caption */
N_("Lie face down over a pillow, forehead resting");
/* Translators: demonstration "face-down-trunk-lift", caption */
N_("Draw your shoulder blades towards your hips");
/* Translators: demonstration "face-down-trunk-lift", caption */
N_("Breathe out and lift your head and shoulders a little");
/* Translators: demonstration "face-down-trunk-lift", caption */
N_("Hold for a count of 2, eyes on the floor");
/* Translators: demonstration "face-down-trunk-lift", caption */
N_("Breathe in and lower slowly, then rest");
/* Translators: demonstration "wall-angel", caption */
N_("Back, head and arms against the wall");
/* Translators: demonstration "wall-angel", caption */
N_("Breathe in and slide your arms up");
/* Translators: demonstration "wall-angel", caption */
N_("Only as far as is comfortable");
/* Translators: demonstration "wall-angel", caption */
N_("Breathe out and slide them back down");
/* Translators: demonstration "band-row", caption */
N_("Sit tall, arms forward, band just taut");
/* Translators: demonstration "band-row", caption */
N_("Breathe out and pull your elbows back");
/* Translators: demonstration "band-row", caption */
N_("Squeeze your shoulder blades together");
/* Translators: demonstration "band-row", caption */
N_("Breathe in and let your arms go forward slowly");
/* Translators: demonstration "wall-push-up", caption */
N_("Body in one straight line, head to heels");
/* Translators: demonstration "wall-push-up", caption */
N_("Breathe in and bend your elbows towards the wall");
/* Translators: demonstration "wall-push-up", caption */
N_("Breathe out and push away to straighten your arms");
/* Translators: demonstration "sit-to-stand", caption */
N_("Sit near the front, feet flat");
/* Translators: demonstration "sit-to-stand", caption */
N_("Lean forward from your hips");
/* Translators: demonstration "sit-to-stand", caption */
N_("Breathe out and push up to stand");
/* Translators: demonstration "sit-to-stand", caption */
N_("Stand tall and squeeze your buttocks");
/* Translators: demonstration "sit-to-stand", caption */
N_("Breathe in and lower yourself slowly");
/* Translators: demonstration "mini-squat", caption */
N_("Stand tall, holding the counter");
/* Translators: demonstration "mini-squat", caption */
N_("Breathe in, bend your knees and let your hips go back");
/* Translators: demonstration "mini-squat", caption */
N_("Only as far as is comfortable, heels down");
/* Translators: demonstration "mini-squat", caption */
N_("Breathe out and straighten up, squeezing your buttocks");
/* Translators: demonstration "heel-raise", caption */
N_("Breathe out and rise slowly: 1, 2, 3");
/* Translators: demonstration "heel-raise", caption */
N_("As high as is comfortable");
/* Translators: demonstration "heel-raise", caption */
N_("Breathe in and lower slowly: 1, 2, 3, 4, 5");
/* Translators: demonstration "toe-raise", caption */
N_("Stand tall, weight even on both feet");
/* Translators: demonstration "toe-raise", caption */
N_("Breathe out and lift your toes, heels down");
/* Translators: demonstration "toe-raise", caption */
N_("Breathe in and lower them slowly");
/* Translators: demonstration "side-leg-raise", caption */
N_("Stand tall behind the chair, holding its back");
/* Translators: demonstration "side-leg-raise", caption */
N_("Shift your weight onto one leg");
/* Translators: demonstration "side-leg-raise", caption */
N_("Breathe out and lift the other leg out to the side");
/* Translators: demonstration "side-leg-raise", caption */
N_("Keep your body upright");
/* Translators: demonstration "side-leg-raise", caption */
N_("Breathe in and lower it slowly");
/* Translators: demonstration "standing-hip-extension", caption */
N_("Stand tall, holding the back of the chair");
/* Translators: demonstration "standing-hip-extension", caption */
N_("Breathe out and move one leg straight back");
/* Translators: demonstration "standing-hip-extension", caption */
N_("Stop before your body tips forward");
/* Translators: demonstration "standing-hip-extension", caption */
N_("Breathe in and bring it back slowly");
/* Translators: demonstration "bridge", caption */
N_("Lie on your back, knees bent, feet flat");
/* Translators: demonstration "bridge", caption */
N_("Breathe out and lift your hips");
/* Translators: demonstration "bridge", caption */
N_("Shoulders to knees in a straight line: hold for 3");
/* Translators: demonstration "bridge", caption */
N_("Breathe in and lower slowly to the mat");
/* Translators: demonstration "step-up", caption */
N_("Face the step and hold the rail");
/* Translators: demonstration "step-up", caption */
N_("Place one whole foot on the step");
/* Translators: demonstration "step-up", caption */
N_("Breathe out and push up, bringing the other foot up");
/* Translators: demonstration "step-up", caption */
N_("Stand tall for a moment");
/* Translators: demonstration "step-up", caption */
N_("Breathe in and step down slowly, one foot at a time");
/* Translators: demonstration "hip-hinge", caption */
N_("Hold the stick along your back: head, upper back, tailbone");
/* Translators: demonstration "hip-hinge", caption */
N_("Bend your knees slightly");
/* Translators: demonstration "hip-hinge", caption */
N_("Breathe in and push your hips back");
/* Translators: demonstration "hip-hinge", caption */
N_("Keep all three points on the stick");
/* Translators: demonstration "hip-hinge", caption */
N_("Breathe out, squeeze your buttocks and stand tall");
/* Translators: demonstration "wrist-curl", caption */
N_("Forearm on your thigh, palm up");
/* Translators: demonstration "wrist-curl", caption */
N_("Let your hand bend down slowly");
/* Translators: demonstration "wrist-curl", caption */
N_("Breathe out and curl your hand up");
/* Translators: demonstration "reverse-wrist-curl", caption */
N_("Forearm on your thigh, palm down");
/* Translators: demonstration "reverse-wrist-curl", caption */
N_("Breathe out and lift the back of your hand");
/* Translators: demonstration "grip-squeeze", caption */
N_("Rest your forearm, ball in your hand");
/* Translators: demonstration "grip-squeeze", caption */
N_("Squeeze the ball firmly");
/* Translators: demonstration "grip-squeeze", caption */
N_("Hold for 3 to 5 seconds, breathing normally");
/* Translators: demonstration "grip-squeeze", caption */
N_("Let go slowly and relax your hand");
/* Translators: demonstration "stance-progression", caption */
N_("Feet together: hold steady, eyes ahead");
/* Translators: demonstration "stance-progression", caption */
N_("Then one heel beside the other big toe");
/* Translators: demonstration "stance-progression", caption */
N_("Hold, breathing slowly and evenly");
/* Translators: demonstration "stance-progression", caption */
N_("Then one foot right in front of the other");
/* Translators: demonstration "stance-progression", caption */
N_("Heel touching toes: hold");
/* Translators: demonstration "stance-progression", caption */
N_("Change which foot is in front next time");
/* Translators: demonstration "single-leg-stance", caption */
N_("Shift your weight onto one leg, knee soft");
/* Translators: demonstration "single-leg-stance", caption */
N_("Lift the other foot a little off the floor");
/* Translators: demonstration "single-leg-stance", caption */
N_("Hold for up to 10 seconds, looking ahead");
/* Translators: demonstration "single-leg-stance", caption */
N_("Put your foot down gently");
/* Translators: demonstration "heel-to-toe-walk", caption */
N_("One hand on the counter, eyes ahead");
/* Translators: demonstration "heel-to-toe-walk", caption */
N_("Place your heel just in front of your toes");
/* Translators: demonstration "heel-to-toe-walk", caption */
N_("Walk slowly along, breathing steadily");
/* Translators: demonstration "sideways-walking", caption */
N_("Face the counter, hands resting on it");
/* Translators: demonstration "sideways-walking", caption */
N_("Step sideways and bring the other foot to meet it");
/* Translators: demonstration "sideways-walking", caption */
N_("Breathe steadily as you go");
/* Translators: demonstration "weight-shift", caption */
N_("Hands on the counter, feet hip-width apart");
/* Translators: demonstration "weight-shift", caption */
N_("Shift your weight slowly towards your toes");
/* Translators: demonstration "weight-shift", caption */
N_("Then back towards your heels");
/* Translators: demonstration "weight-shift", caption */
N_("Move from your ankles, body tall");
/* Translators: demonstration "wall-plank", caption */
N_("Forearms on the wall, elbows below your shoulders");
/* Translators: demonstration "wall-plank", caption */
N_("Step your feet back");
/* Translators: demonstration "wall-plank", caption */
N_("Tummy tight, one straight line from head to heels");
/* Translators: demonstration "wall-plank", caption */
N_("Hold, breathing steadily");
/* Translators: demonstration "wall-plank", caption */
N_("Walk your feet in to finish");
/* Translators: demonstration "bird-dog", caption */
N_("Hands under shoulders, knees under hips, back level");
/* Translators: demonstration "bird-dog", caption */
N_("Breathe out and reach one arm and the opposite leg");
/* Translators: demonstration "bird-dog", caption */
N_("Hold for 5 seconds, hips and shoulders level");
/* Translators: demonstration "bird-dog", caption */
N_("Lower them slowly, then change sides");
/* Translators: demonstration "side-plank-wall", caption */
N_("Stand side-on to the wall, feet together");
/* Translators: demonstration "side-plank-wall", caption */
N_("Lean onto your forearm, body in a straight line");
/* Translators: demonstration "side-plank-wall", caption */
N_("Tummy tight: lift your hips away from the wall");
/* Translators: demonstration "side-plank-wall", caption */
N_("Come upright, then turn round for the other side");
