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
/* Translators: exercise "heel-drop", title */
N_("Heel Drops");
/* Translators: exercise "heel-drop", summary */
N_("Rise onto your toes and let your heels drop to the floor: a small jolt that helps keep your hips strong.");
/* Translators: exercise "heel-drop", start_position */
N_("Stand tall facing a kitchen counter, with your hands resting on it and your feet hip-width apart.");
/* Translators: exercise "heel-drop", steps */
N_("Rise up onto the balls of your feet.");
/* Translators: exercise "heel-drop", steps */
N_("Let your heels drop to the floor with a firm thud, keeping your knees soft.");
/* Translators: exercise "heel-drop", steps */
N_("Stand tall for a moment, then rise again.");
/* Translators: exercise "heel-drop", steps */
N_("Keep a steady rhythm, about one drop every two seconds.");
/* Translators: exercise "heel-drop", breathing */
N_("Breathe steadily; don’t hold your breath.");
/* Translators: exercise "heel-drop", easier.text */
N_("Rise only a little way, so your heels land gently.");
/* Translators: exercise "heel-drop", harder.text */
N_("Rise a little higher for a firmer landing.");
/* Translators: exercise "heel-drop", safety */
N_("Not after a spine fracture or more than one low-trauma fracture: brisk walking is the impact for you.");
/* Translators: exercise "heel-drop", safety */
N_("Keep your knees soft as your heels land, and stop if a joint hurts.");
/* Translators: exercise "heel-drop", safety */
N_("Wear supportive shoes and stand on a firm, non-slip floor.");
/* Translators: exercise "heel-drop", note */
N_("Start with 10 drops. Over several weeks, build up towards about 50 impacts on most days, counting all your impact exercises together.");
/* Translators: exercise "stamping", title */
N_("Stamping on the Spot");
/* Translators: exercise "stamping", summary */
N_("March on the spot, stamping each foot down firmly, for a quick dose of impact.");
/* Translators: exercise "stamping", start_position */
N_("Stand tall beside or facing a kitchen counter, with one or both hands resting on it.");
/* Translators: exercise "stamping", steps */
N_("Lift one knee a little, as if marching.");
/* Translators: exercise "stamping", steps */
N_("Stamp that foot down firmly on the floor.");
/* Translators: exercise "stamping", steps */
N_("Lift the other knee and stamp that foot down.");
/* Translators: exercise "stamping", steps */
N_("Keep going, stamping left and right in a steady rhythm.");
/* Translators: exercise "stamping", breathing */
N_("Breathe steadily as you march.");
/* Translators: exercise "stamping", easier.text */
N_("March on the spot without stamping, putting each foot down gently.");
/* Translators: exercise "stamping", harder.text */
N_("Stamp a little more firmly, or do a few more.");
/* Translators: exercise "stamping", safety */
N_("Keep your body upright and your knees soft.");
/* Translators: exercise "stamping", safety */
N_("Stamp on a firm floor in supportive shoes, never in socks.");
/* Translators: exercise "stamping", note */
N_("Start with 10 stamps on each foot, and build up slowly over weeks.");
/* Translators: exercise "jogging-on-the-spot", title */
N_("Jogging on the Spot");
/* Translators: exercise "jogging-on-the-spot", summary */
N_("A gentle jog without going anywhere, with a counter within reach.");
/* Translators: exercise "jogging-on-the-spot", start_position */
N_("Stand tall facing a kitchen counter, close enough to rest your hands on it.");
/* Translators: exercise "jogging-on-the-spot", steps */
N_("Start by marching on the spot.");
/* Translators: exercise "jogging-on-the-spot", steps */
N_("Let the march become a light jog, lifting your heels and landing softly on the balls of your feet.");
/* Translators: exercise "jogging-on-the-spot", steps */
N_("Keep your steps small and your body upright.");
/* Translators: exercise "jogging-on-the-spot", steps */
N_("Slow back down to a march before you stop.");
/* Translators: exercise "jogging-on-the-spot", breathing */
N_("Breathe steadily; you should still be able to talk.");
/* Translators: exercise "jogging-on-the-spot", easier.text */
N_("March briskly on the spot instead of jogging.");
/* Translators: exercise "jogging-on-the-spot", harder.text */
N_("Jog for a little longer in each set.");
/* Translators: exercise "jogging-on-the-spot", safety */
N_("Keep a hand close to the counter, and stop if you feel unsteady or a joint hurts.");
/* Translators: exercise "jogging-on-the-spot", safety */
N_("Stop at once if you feel chest pain, dizziness or very short of breath.");
/* Translators: exercise "jogging-on-the-spot", note */
N_("Start with 20 jogging steps in each set. Build up slowly towards about 50 impacts on most days, counting all your impact exercises.");
/* Translators: exercise "low-hops", title */
N_("Low Hops Holding a Counter");
/* Translators: exercise "low-hops", summary */
N_("Small hops on both feet while holding a counter, for people whose bones can take impact.");
/* Translators: exercise "low-hops", start_position */
N_("Stand tall facing a kitchen counter, holding its edge with both hands, feet hip-width apart.");
/* Translators: exercise "low-hops", steps */
N_("Hop up a little way on both feet, keeping hold of the counter.");
/* Translators: exercise "low-hops", steps */
N_("Land softly on the balls of your feet, then let your heels come down, knees soft.");
/* Translators: exercise "low-hops", steps */
N_("Pause, stand tall, then hop again.");
/* Translators: exercise "low-hops", breathing */
N_("Breathe out as you hop, and in as you reset.");
/* Translators: exercise "low-hops", easier.text */
N_("Do heel drops instead, rising onto your toes and letting your heels drop.");
/* Translators: exercise "low-hops", harder.text */
N_("Hop a little higher, still holding on.");
/* Translators: exercise "low-hops", harder.safety */
N_("Only if low hops feel easy and your joints are happy; keep holding the counter.");
/* Translators: exercise "low-hops", safety */
N_("Keep holding the counter with both hands.");
/* Translators: exercise "low-hops", safety */
N_("Land softly with your knees bent, and stop if your knees, hips or back hurt.");
/* Translators: exercise "low-hops", note */
N_("Start with 10 low hops. Over weeks, build up towards about 50 impacts on most days, counting all your impact exercises.");
/* Translators: exercise "walking", title */
N_("Walking");
/* Translators: exercise "walking", summary */
N_("Walk at a comfortable pace and build up to brisk walks: good for your heart and bones.");
/* Translators: exercise "walking", equipment */
N_("Supportive shoes");
/* Translators: exercise "walking", start_position */
N_("Put on supportive, non-slip shoes and choose a safe, even route, with somewhere to rest along the way.");
/* Translators: exercise "walking", steps */
N_("Start at an easy pace for a few minutes.");
/* Translators: exercise "walking", steps */
N_("Stand tall, look ahead and let your arms swing naturally.");
/* Translators: exercise "walking", steps */
N_("Walk at a comfortable pace for the rest of the time.");
/* Translators: exercise "walking", steps */
N_("Slow down for the last few minutes, then stop and rest.");
/* Translators: exercise "walking", breathing */
N_("Breathe easily: you should be able to hold a conversation.");
/* Translators: exercise "walking", easier.text */
N_("Take short, easy walks of 5 to 10 minutes, once or twice a day, indoors or close to home.");
/* Translators: exercise "walking", harder.text */
N_("Walk briskly, so that you breathe faster but can still talk, for 20 to 30 minutes.");
/* Translators: exercise "walking", safety */
N_("After a new, painful spine fracture, keep walks short and easy, and build up as the pain settles.");
/* Translators: exercise "walking", safety */
N_("Walking alone is not enough for your bones: do strength and balance exercises too.");
/* Translators: exercise "walking", safety */
N_("Use your walking aid if you have one, and avoid icy or uneven ground.");
/* Translators: exercise "walking", note */
N_("Start with 10 minutes. Build up towards 150 minutes a week of brisk walking or other moderate activity, in bouts of 10 minutes or more.");
/* Translators: exercise "walk-and-turn", title */
N_("Walking and Turning");
/* Translators: exercise "walk-and-turn", summary */
N_("Walk a few steps along a counter, turn around slowly and walk back, to practise turning safely.");
/* Translators: exercise "walk-and-turn", start_position */
N_("Stand beside a long kitchen counter, with one hand resting on it and a clear path ahead.");
/* Translators: exercise "walk-and-turn", steps */
N_("Walk at your normal pace for 4 or 5 steps, hand sliding along the counter.");
/* Translators: exercise "walk-and-turn", steps */
N_("Stop, and keep hold of the counter.");
/* Translators: exercise "walk-and-turn", steps */
N_("Turn around slowly with small steps, moving your feet rather than twisting your body.");
/* Translators: exercise "walk-and-turn", steps */
N_("Take hold of the counter with your other hand and walk back.");
/* Translators: exercise "walk-and-turn", breathing */
N_("Breathe steadily throughout.");
/* Translators: exercise "walk-and-turn", easier.text */
N_("Walk and turn while holding the counter firmly all the way round.");
/* Translators: exercise "walk-and-turn", harder.text */
N_("Walk and turn without holding on, staying close to the counter.");
/* Translators: exercise "walk-and-turn", safety */
N_("Turn with small steps; never pivot on one foot.");
/* Translators: exercise "walk-and-turn", safety */
N_("Stop and hold on if you feel dizzy as you turn.");
/* Translators: exercise "walk-and-turn", note */
N_("Turn 2 times each way.");
/* Translators: exercise "figure-of-eight", title */
N_("Figure-of-Eight Walk");
/* Translators: exercise "figure-of-eight", summary */
N_("Walk a figure of eight around two sturdy chairs, holding their backs as you pass.");
/* Translators: exercise "figure-of-eight", equipment */
N_("Two sturdy chairs without wheels");
/* Translators: exercise "figure-of-eight", start_position */
N_("Place two sturdy chairs about two metres apart. Stand beside the first chair with a hand on its back.");
/* Translators: exercise "figure-of-eight", steps */
N_("Walk slowly round the first chair, keeping a hand on its back.");
/* Translators: exercise "figure-of-eight", steps */
N_("Cross to the second chair and walk round it the other way.");
/* Translators: exercise "figure-of-eight", steps */
N_("Keep your steps small and even, and look ahead rather than down.");
/* Translators: exercise "figure-of-eight", steps */
N_("Carry on to make a figure of eight, then walk it the other way round.");
/* Translators: exercise "figure-of-eight", easier.text */
N_("Place the chairs closer together and keep a hand on a chair back all the time.");
/* Translators: exercise "figure-of-eight", harder.text */
N_("Walk the figure of eight without touching the chairs.");
/* Translators: exercise "figure-of-eight", safety */
N_("Use heavy chairs that cannot tip, on a floor without rugs.");
/* Translators: exercise "figure-of-eight", safety */
N_("Stop and hold a chair back if you feel dizzy or unsteady.");
/* Translators: exercise "figure-of-eight", note */
N_("Walk 2 figures of eight.");
/* Translators: exercise "heel-and-toe-walking", title */
N_("Heel and Toe Walking");
/* Translators: exercise "heel-and-toe-walking", summary */
N_("Walk a few steps on your heels, then a few on your toes, beside a counter.");
/* Translators: exercise "heel-and-toe-walking", start_position */
N_("Stand side-on to a long kitchen counter, with one hand resting on it.");
/* Translators: exercise "heel-and-toe-walking", steps */
N_("Lift the front of your feet and walk 10 steps on your heels along the counter.");
/* Translators: exercise "heel-and-toe-walking", steps */
N_("Stop, stand on your whole feet and turn around with small steps.");
/* Translators: exercise "heel-and-toe-walking", steps */
N_("Rise onto the balls of your feet and walk 10 steps back on your toes.");
/* Translators: exercise "heel-and-toe-walking", steps */
N_("Stop and stand with your feet flat.");
/* Translators: exercise "heel-and-toe-walking", easier.text */
N_("Hold the counter firmly and take fewer, smaller steps.");
/* Translators: exercise "heel-and-toe-walking", harder.text */
N_("Walk without holding on, staying close to the counter.");
/* Translators: exercise "heel-and-toe-walking", safety */
N_("Clear your path first, and wear flat, supportive shoes.");
/* Translators: exercise "heel-and-toe-walking", safety */
N_("Turn on your whole feet, never on your heels or toes.");
/* Translators: exercise "heel-and-toe-walking", note */
N_("Walk 10 steps on your heels and 10 on your toes, twice.");
/* Translators: exercise "split-squat", title */
N_("Split Squat at a Counter");
/* Translators: exercise "split-squat", summary */
N_("With one foot in front of the other, bend both knees to lower yourself a little, then rise.");
/* Translators: exercise "split-squat", start_position */
N_("Stand side-on to a kitchen counter, holding it with one hand. Step one foot forward and the other back, about a stride apart, back heel raised.");
/* Translators: exercise "split-squat", steps */
N_("Stand tall with your weight between both feet.");
/* Translators: exercise "split-squat", steps */
N_("Bend both knees to lower your body straight down, a short way.");
/* Translators: exercise "split-squat", steps */
N_("Keep your front knee over your ankle and your body upright.");
/* Translators: exercise "split-squat", steps */
N_("Push through your front foot to rise again.");
/* Translators: exercise "split-squat", steps */
N_("Do all the squats on one side, then change legs.");
/* Translators: exercise "split-squat", breathing */
N_("Breathe in as you lower, and out as you rise.");
/* Translators: exercise "split-squat", easier.text */
N_("Lower only a little way, and hold on with both hands.");
/* Translators: exercise "split-squat", harder.text */
N_("Hold a light weight in your free hand, close to your side.");
/* Translators: exercise "split-squat", safety */
N_("Keep your body upright, not leaning forward.");
/* Translators: exercise "split-squat", safety */
N_("Go only as low as you can come back up from with control.");
/* Translators: exercise "split-squat", safety */
N_("Stop if your knee hurts.");
/* Translators: exercise "split-squat", note */
N_("Aim for 8 to 12 on each leg in 1 to 3 sets.");
/* Translators: exercise "weighted-squat", title */
N_("Squat Holding a Weight");
/* Translators: exercise "weighted-squat", summary */
N_("Sit back towards a chair and stand again, holding a weight close to your chest.");
/* Translators: exercise "weighted-squat", equipment */
N_("Light weight or a full water bottle");
/* Translators: exercise "weighted-squat", start_position */
N_("Stand in front of a sturdy chair, feet hip-width apart, holding a light weight in both hands close to your chest.");
/* Translators: exercise "weighted-squat", steps */
N_("Push your hips back and bend your knees, as if to sit down.");
/* Translators: exercise "weighted-squat", steps */
N_("Lower until your bottom just touches the chair, keeping your chest up.");
/* Translators: exercise "weighted-squat", steps */
N_("Push through your heels to stand tall again.");
/* Translators: exercise "weighted-squat", steps */
N_("Keep the weight close to your chest the whole time.");
/* Translators: exercise "weighted-squat", breathing */
N_("Breathe in as you lower, and out as you stand.");
/* Translators: exercise "weighted-squat", easier.text */
N_("Do it without a weight, arms crossed over your chest.");
/* Translators: exercise "weighted-squat", harder.text */
N_("Hold a slightly heavier weight.");
/* Translators: exercise "weighted-squat", safety */
N_("Bend at the hips and knees, not at the waist, and keep your back straight.");
/* Translators: exercise "weighted-squat", safety */
N_("After a spine fracture, have a physiotherapist check your technique before you add weight.");
/* Translators: exercise "weighted-squat", note */
N_("Choose a weight you can lift 8 to 12 times with good form, in up to 3 sets. Add weight once 12 feel easy.");
/* Translators: exercise "carrying", title */
N_("Carrying Bags");
/* Translators: exercise "carrying", summary */
N_("Walk tall carrying a bag in each hand, a strength exercise you can fit into daily life.");
/* Translators: exercise "carrying", equipment */
N_("Two shopping bags with handles");
/* Translators: exercise "carrying", equipment */
N_("Table or kitchen counter");
/* Translators: exercise "carrying", start_position */
N_("Put two bags, each with the same light load, on a table or counter so you can pick them up without bending down.");
/* Translators: exercise "carrying", steps */
N_("Stand close to the table and lift one bag in each hand, keeping them close to your sides.");
/* Translators: exercise "carrying", steps */
N_("Stand tall, with your shoulders down and back.");
/* Translators: exercise "carrying", steps */
N_("Walk 10 to 20 steps at a steady pace, looking ahead.");
/* Translators: exercise "carrying", steps */
N_("Turn with small steps, walk back and put the bags down on the table.");
/* Translators: exercise "carrying", easier.text */
N_("Carry lighter bags for fewer steps.");
/* Translators: exercise "carrying", harder.text */
N_("Carry a little more in each bag.");
/* Translators: exercise "carrying", safety */
N_("Pick the bags up from a table, not the floor, and keep them equal in weight.");
/* Translators: exercise "carrying", safety */
N_("Don’t lean to one side or round your back.");
/* Translators: exercise "carrying", safety */
N_("After a spine fracture, ask a physiotherapist how much is safe for you to carry.");
/* Translators: exercise "carrying", note */
N_("Start light, with bags you can carry for 20 steps without leaning or slowing down.");
/* Translators: exercise "weighted-hip-hinge", title */
N_("Hip Hinge Holding a Weight");
/* Translators: exercise "weighted-hip-hinge", summary */
N_("The hip hinge with a light weight held close, to strengthen your hips and back safely.");
/* Translators: exercise "weighted-hip-hinge", start_position */
N_("Stand tall with your feet hip-width apart, holding a light weight in both hands in front of your thighs. Pick it up from a table, not the floor.");
/* Translators: exercise "weighted-hip-hinge", steps */
N_("Push your hips back and let your upper body tilt forward as one piece, keeping your back straight.");
/* Translators: exercise "weighted-hip-hinge", steps */
N_("Let the weight slide down close to your thighs, only as far as your back stays straight.");
/* Translators: exercise "weighted-hip-hinge", steps */
N_("Squeeze your buttocks and bring your hips forward to stand tall.");
/* Translators: exercise "weighted-hip-hinge", breathing */
N_("Breathe in as you hinge, and out as you stand.");
/* Translators: exercise "weighted-hip-hinge", easier.text */
N_("Hinge without a weight, holding a stick along your back.");
/* Translators: exercise "weighted-hip-hinge", safety */
N_("Move only from your hips: never round your back.");
/* Translators: exercise "weighted-hip-hinge", safety */
N_("After a spine fracture, learn this with a physiotherapist before you use a weight.");
/* Translators: exercise "weighted-hip-hinge", note */
N_("Learn the hinge with a stick first. Choose a weight you can lift 8 to 12 times with a straight back.");
/* Translators: exercise "wall-slide", title */
N_("Wall Slides");
/* Translators: exercise "wall-slide", summary */
N_("Slide your forearms up a wall and back down, to strengthen your shoulders and open your chest.");
/* Translators: exercise "wall-slide", start_position */
N_("Stand facing a wall, a short step away, with your forearms resting on it at shoulder height, elbows bent.");
/* Translators: exercise "wall-slide", steps */
N_("Draw your shoulder blades gently back and down.");
/* Translators: exercise "wall-slide", steps */
N_("Slide your forearms up the wall as far as is comfortable, keeping them on the wall.");
/* Translators: exercise "wall-slide", steps */
N_("Pause at the top without arching your back.");
/* Translators: exercise "wall-slide", steps */
N_("Slide your forearms slowly back down to shoulder height.");
/* Translators: exercise "wall-slide", breathing */
N_("Breathe out as you slide up, and in as you slide down.");
/* Translators: exercise "wall-slide", easier.text */
N_("Slide only part of the way up.");
/* Translators: exercise "wall-slide", harder.text */
N_("At the top, lift your forearms just off the wall for a moment before sliding down.");
/* Translators: exercise "wall-slide", safety */
N_("Keep your shoulders away from your ears.");
/* Translators: exercise "wall-slide", safety */
N_("Stop if your shoulder hurts or pinches.");
/* Translators: exercise "wall-slide", note */
N_("Aim for 8 to 12 slides in 1 to 3 sets.");
/* Translators: exercise "seated-press", title */
N_("Seated Press with Light Weights");
/* Translators: exercise "seated-press", summary */
N_("Sitting tall, press light weights from your shoulders up overhead, to strengthen your arms and shoulders.");
/* Translators: exercise "seated-press", equipment */
N_("Two light weights or small water bottles");
/* Translators: exercise "seated-press", start_position */
N_("Sit tall on a sturdy chair with your back against the backrest, feet flat. Hold a light weight in each hand at shoulder height, palms facing forward.");
/* Translators: exercise "seated-press", steps */
N_("Sit tall and gently tighten your tummy muscles.");
/* Translators: exercise "seated-press", steps */
N_("Press both weights up until your arms are nearly straight.");
/* Translators: exercise "seated-press", steps */
N_("Pause without locking your elbows or arching your back.");
/* Translators: exercise "seated-press", steps */
N_("Lower the weights slowly back to your shoulders.");
/* Translators: exercise "seated-press", breathing */
N_("Breathe out as you press up, and in as you lower.");
/* Translators: exercise "seated-press", easier.text */
N_("Do the movement without weights, or one arm at a time.");
/* Translators: exercise "seated-press", harder.text */
N_("Use slightly heavier weights.");
/* Translators: exercise "seated-press", safety */
N_("Keep your back against the backrest: don’t lean back as you press.");
/* Translators: exercise "seated-press", safety */
N_("Skip this exercise if lifting your arms overhead hurts your shoulders; ask your physiotherapist instead.");
/* Translators: exercise "seated-press", safety */
N_("After a spine fracture, have a physiotherapist check your technique before you use weights.");
/* Translators: exercise "seated-press", note */
N_("Choose weights you can lift 8 to 12 times with control, in up to 3 sets.");
/* Translators: exercise "floor-transfer", title */
N_("Getting Down to the Floor and Up Again");
/* Translators: exercise "floor-transfer", summary */
N_("Practise a safe way down to the floor and back up with a sturdy chair, so you know how if you ever fall.");
/* Translators: exercise "floor-transfer", equipment */
N_("Cushion or folded towel");
/* Translators: exercise "floor-transfer", start_position */
N_("Stand facing a sturdy chair placed on a mat, with a cushion on the floor in front of you. Have someone with you the first few times.");
/* Translators: exercise "floor-transfer", steps */
N_("Hold the seat of the chair and lower one knee onto the cushion, then the other.");
/* Translators: exercise "floor-transfer", steps */
N_("Put your hands on the floor, then turn and sit on one hip, and onto the mat.");
/* Translators: exercise "floor-transfer", steps */
N_("To get up, turn onto your hands and knees and crawl to the chair.");
/* Translators: exercise "floor-transfer", steps */
N_("Put your hands on the seat, bring your stronger foot forward and push up through your leg and arms.");
/* Translators: exercise "floor-transfer", steps */
N_("Turn and sit on the chair to rest before you stand.");
/* Translators: exercise "floor-transfer", breathing */
N_("Breathe steadily, and rest whenever you need to.");
/* Translators: exercise "floor-transfer", easier.text */
N_("Practise only the first part: kneel on one knee on the cushion, holding the chair, then stand up again.");
/* Translators: exercise "floor-transfer", harder.text */
N_("Practise with less help from your arms on the chair.");
/* Translators: exercise "floor-transfer", safety */
N_("Learn this with a physiotherapist first if you have had a spine fracture or have painful knees or hips.");
/* Translators: exercise "floor-transfer", safety */
N_("Move slowly and turn your shoulders and hips together, without twisting.");
/* Translators: exercise "floor-transfer", safety */
N_("Don’t practise alone until you are confident.");
/* Translators: exercise "floor-transfer", note */
N_("Practise once or twice, a few times a week, until it feels familiar.");
/* Translators: exercise "chest-stretch", title */
N_("Chest Stretch in a Doorway");
/* Translators: exercise "chest-stretch", summary */
N_("Open up the front of your chest and shoulders, to help you stand tall.");
/* Translators: exercise "chest-stretch", equipment */
N_("Doorway");
/* Translators: exercise "chest-stretch", start_position */
N_("Stand tall in a doorway. Rest your forearms on the door frame on each side, elbows just below shoulder height.");
/* Translators: exercise "chest-stretch", steps */
N_("Stand with one foot a little in front of the other.");
/* Translators: exercise "chest-stretch", steps */
N_("Gently move your weight onto your front foot until you feel a stretch across your chest.");
/* Translators: exercise "chest-stretch", steps */
N_("Keep your back straight and your chin level.");
/* Translators: exercise "chest-stretch", steps */
N_("Hold, then step back to ease off.");
/* Translators: exercise "chest-stretch", breathing */
N_("Breathe slowly and deeply while you hold the stretch.");
/* Translators: exercise "chest-stretch", easier.text */
N_("Stretch one side at a time, with one forearm on the door frame.");
/* Translators: exercise "chest-stretch", harder.text */
N_("Hold each stretch a little longer.");
/* Translators: exercise "chest-stretch", safety */
N_("Only a gentle stretch: it should never hurt.");
/* Translators: exercise "chest-stretch", safety */
N_("Don’t push your head forward or arch your back.");
/* Translators: exercise "chest-stretch", safety */
N_("Stop if you feel pain, tingling or numbness in your arms.");
/* Translators: exercise "chest-stretch", note */
N_("Hold each stretch for 20 to 30 seconds, without bouncing.");
/* Translators: exercise "hip-flexor-stretch", title */
N_("Standing Hip Flexor Stretch");
/* Translators: exercise "hip-flexor-stretch", summary */
N_("Stretch the front of your hip while holding a counter, to help you stand up straight.");
/* Translators: exercise "hip-flexor-stretch", start_position */
N_("Stand side-on to a kitchen counter, holding it with one hand. Step the outside foot back, about a stride behind the other.");
/* Translators: exercise "hip-flexor-stretch", steps */
N_("Keep both feet pointing forward and your back heel raised.");
/* Translators: exercise "hip-flexor-stretch", steps */
N_("Gently tuck your bottom under and bend your front knee a little.");
/* Translators: exercise "hip-flexor-stretch", steps */
N_("Feel a stretch at the front of the hip of your back leg.");
/* Translators: exercise "hip-flexor-stretch", steps */
N_("Hold, then step your feet together and change sides.");
/* Translators: exercise "hip-flexor-stretch", breathing */
N_("Breathe slowly and deeply while you hold.");
/* Translators: exercise "hip-flexor-stretch", easier.text */
N_("Take a shorter step back.");
/* Translators: exercise "hip-flexor-stretch", safety */
N_("Keep your back straight: the stretch comes from tucking your bottom under, not from arching backwards.");
/* Translators: exercise "hip-flexor-stretch", safety */
N_("Hold on to the counter throughout.");
/* Translators: exercise "hip-flexor-stretch", note */
N_("Hold each stretch for 20 to 30 seconds on each side.");
/* Translators: exercise "deep-breathing", title */
N_("Deep Breathing");
/* Translators: exercise "deep-breathing", summary */
N_("Slow breaths that fill your belly and ribs, to relax and to ease pain after a spine fracture.");
/* Translators: exercise "deep-breathing", equipment */
N_("Bed or firm chair");
/* Translators: exercise "deep-breathing", equipment */
N_("Pillows");
/* Translators: exercise "deep-breathing", start_position */
N_("Lie on your back on a bed with a pillow under your head and one under your knees, or sit well supported in a chair. Rest one hand on your belly.");
/* Translators: exercise "deep-breathing", steps */
N_("Breathe in slowly through your nose, letting your belly rise under your hand.");
/* Translators: exercise "deep-breathing", steps */
N_("Let your ribs widen to the sides as the breath fills your chest.");
/* Translators: exercise "deep-breathing", steps */
N_("Breathe out slowly through pursed lips, letting your belly sink.");
/* Translators: exercise "deep-breathing", steps */
N_("Pause, then take the next slow breath.");
/* Translators: exercise "deep-breathing", breathing */
N_("Breathe in for a count of about 4, and out for about 6.");
/* Translators: exercise "deep-breathing", easier.text */
N_("Breathe into your belly only, without trying to widen your ribs.");
/* Translators: exercise "deep-breathing", harder.text */
N_("Sitting tall, draw your shoulder blades gently back as you breathe in.");
/* Translators: exercise "deep-breathing", safety */
N_("If you feel light-headed, go back to normal breathing.");
/* Translators: exercise "deep-breathing", safety */
N_("After a spine fracture, breathing deeply may hurt at first: breathe only as deeply as is comfortable.");
/* Translators: exercise "deep-breathing", note */
N_("Take 5 to 10 slow breaths, several times a day.");
/* Translators: exercise "resting-posture", title */
N_("Resting on Your Back");
/* Translators: exercise "resting-posture", summary */
N_("Rest flat on your back with pillows, to take the load off a painful spine and let it lengthen.");
/* Translators: exercise "resting-posture", equipment */
N_("Bed");
/* Translators: exercise "resting-posture", start_position */
N_("Sit on the side of your bed, lower yourself onto your side, then roll onto your back as one piece, shoulders and hips together.");
/* Translators: exercise "resting-posture", steps */
N_("Put a pillow under your head so your chin is level, and one under your knees.");
/* Translators: exercise "resting-posture", steps */
N_("Let your arms rest by your sides, palms up.");
/* Translators: exercise "resting-posture", steps */
N_("Let your shoulders and back sink into the bed.");
/* Translators: exercise "resting-posture", steps */
N_("Rest, then roll onto your side as one piece and push up with your arms to sit.");
/* Translators: exercise "resting-posture", breathing */
N_("Breathe slowly and easily.");
/* Translators: exercise "resting-posture", easier.text */
N_("Use more pillows under your head and knees, so that you are comfortable.");
/* Translators: exercise "resting-posture", harder.text */
N_("Rest on a firm mat on the floor instead of a bed.");
/* Translators: exercise "resting-posture", safety */
N_("Get on and off the bed by rolling onto your side as one piece, never by sitting straight up.");
/* Translators: exercise "resting-posture", safety */
N_("Use as many pillows as you need to be comfortable.");
/* Translators: exercise "resting-posture", note */
N_("Rest for 5 to 20 minutes, once or twice a day.");
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
/* Translators: demonstration "side-leg-raise", caption */
N_("Now the other side");
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
N_("Forearm on the table, palm up");
/* Translators: demonstration "wrist-curl", caption */
N_("Let your hand bend down slowly");
/* Translators: demonstration "wrist-curl", caption */
N_("Breathe out and curl your hand up");
/* Translators: demonstration "reverse-wrist-curl", caption */
N_("Forearm on the table, palm down");
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
/* Translators: demonstration "sideways-walking", caption */
N_("Now side-on to the counter, one hand on it");
/* Translators: demonstration "sideways-walking", caption */
N_("Take small, slow steps backwards");
/* Translators: demonstration "sideways-walking", caption */
N_("Keep close to the counter");
/* Translators: demonstration "weight-shift", caption */
N_("Hands on the counter, feet hip-width apart");
/* Translators: demonstration "weight-shift", caption */
N_("Shift your weight slowly towards your toes");
/* Translators: demonstration "weight-shift", caption */
N_("Then back towards your heels");
/* Translators: demonstration "weight-shift", caption */
N_("Move from your ankles, body tall");
/* Translators: demonstration "weight-shift", caption */
N_("Now side to side, feet still flat");
/* Translators: demonstration "weight-shift", caption */
N_("Shift your weight over your right foot");
/* Translators: demonstration "weight-shift", caption */
N_("Then across to your left foot");
/* Translators: demonstration "weight-shift", caption */
N_("Small, slow shifts, body tall");
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
/* Translators: demonstration "side-plank-wall", caption */
N_("Come upright and rest");
/* Translators: demonstration "heel-drop", caption */
N_("Stand tall, hands on the counter");
/* Translators: demonstration "heel-drop", caption */
N_("Rise onto the balls of your feet");
/* Translators: demonstration "heel-drop", caption */
N_("Let your heels drop with a thud, knees soft");
/* Translators: demonstration "heel-drop", caption */
N_("Keep a steady rhythm");
/* Translators: demonstration "stamping", caption */
N_("Lift one knee a little");
/* Translators: demonstration "stamping", caption */
N_("Stamp that foot down firmly");
/* Translators: demonstration "stamping", caption */
N_("Then the other foot, left and right");
/* Translators: demonstration "jogging-on-the-spot", caption */
N_("Stand facing the counter");
/* Translators: demonstration "jogging-on-the-spot", caption */
N_("Jog lightly, landing softly on the balls of your feet");
/* Translators: demonstration "jogging-on-the-spot", caption */
N_("Keep your steps small and your body upright");
/* Translators: demonstration "low-hops", caption */
N_("Hold the counter with both hands");
/* Translators: demonstration "low-hops", caption */
N_("Bend your knees and hop up a little");
/* Translators: demonstration "low-hops", caption */
N_("Land softly, knees bent");
/* Translators: demonstration "low-hops", caption */
N_("Stand tall, then hop again");
/* Translators: demonstration "walking", caption */
N_("Stand tall and look ahead");
/* Translators: demonstration "walking", caption */
N_("Walk at a comfortable pace, arms swinging");
/* Translators: demonstration "walking", caption */
N_("Breathe easily: you can still talk");
/* Translators: demonstration "walk-and-turn", caption */
N_("Walk a few steps at your normal pace");
/* Translators: demonstration "walk-and-turn", caption */
N_("Stop, then turn with small steps");
/* Translators: demonstration "walk-and-turn", caption */
N_("Walk back the other way");
/* Translators: demonstration "walk-and-turn", caption */
N_("Stop, and turn again with small steps");
/* Translators: demonstration "figure-of-eight", caption */
N_("Walk towards the far chair");
/* Translators: demonstration "figure-of-eight", caption */
N_("Round the chair, a hand on its back");
/* Translators: demonstration "figure-of-eight", caption */
N_("Cross over and walk back");
/* Translators: demonstration "figure-of-eight", caption */
N_("Round the other chair, the other way");
/* Translators: demonstration "heel-and-toe-walking", caption */
N_("Hand on the counter, walk on your heels");
/* Translators: demonstration "heel-and-toe-walking", caption */
N_("Then walk on your toes");
/* Translators: demonstration "heel-and-toe-walking", caption */
N_("Small, steady steps, looking ahead");
/* Translators: demonstration "split-squat", caption */
N_("One foot forward, one back, holding the counter");
/* Translators: demonstration "split-squat", caption */
N_("Breathe in and lower straight down");
/* Translators: demonstration "split-squat", caption */
N_("Front knee over the ankle, body upright");
/* Translators: demonstration "split-squat", caption */
N_("Breathe out and push up through the front foot");
/* Translators: demonstration "weighted-squat", caption */
N_("Hold the weight close to your chest");
/* Translators: demonstration "weighted-squat", caption */
N_("Breathe in, push your hips back towards the chair");
/* Translators: demonstration "weighted-squat", caption */
N_("Just touch the seat, chest up");
/* Translators: demonstration "weighted-squat", caption */
N_("Breathe out and stand tall");
/* Translators: demonstration "carrying", caption */
N_("A bag in each hand, close to your sides");
/* Translators: demonstration "carrying", caption */
N_("Stand tall and walk at a steady pace");
/* Translators: demonstration "carrying", caption */
N_("Shoulders down, looking ahead");
/* Translators: demonstration "weighted-hip-hinge", caption */
N_("Stand tall, the weight in front of your thighs");
/* Translators: demonstration "weighted-hip-hinge", caption */
N_("Breathe in and push your hips back, back straight");
/* Translators: demonstration "wall-slide", caption */
N_("Forearms on the wall at shoulder height");
/* Translators: demonstration "wall-slide", caption */
N_("Breathe out and slide your arms up");
/* Translators: demonstration "wall-slide", caption */
N_("Pause at the top, back not arched");
/* Translators: demonstration "wall-slide", caption */
N_("Breathe in and slide slowly down");
/* Translators: demonstration "seated-press", caption */
N_("Sit tall, back against the chair");
/* Translators: demonstration "seated-press", caption */
N_("Breathe out and press the weights up");
/* Translators: demonstration "seated-press", caption */
N_("Arms nearly straight, back still");
/* Translators: demonstration "seated-press", caption */
N_("Breathe in and lower slowly");
/* Translators: demonstration "floor-transfer", caption */
N_("Stand facing a sturdy chair");
/* Translators: demonstration "floor-transfer", caption */
N_("Hands on the seat, step one foot back");
/* Translators: demonstration "floor-transfer", caption */
N_("Lower one knee onto the cushion, then the other");
/* Translators: demonstration "floor-transfer", caption */
N_("Hands down to the floor, on hands and knees");
/* Translators: demonstration "floor-transfer", caption */
N_("To get up, hands back on the seat");
/* Translators: demonstration "floor-transfer", caption */
N_("Bring one foot forward and push up with legs and arms");
/* Translators: demonstration "chest-stretch", caption */
N_("Forearms on the door frame, one foot forward");
/* Translators: demonstration "chest-stretch", caption */
N_("Move your weight forward, back straight");
/* Translators: demonstration "chest-stretch", caption */
N_("Hold, breathing slowly: a gentle stretch");
/* Translators: demonstration "chest-stretch", caption */
N_("Step back to ease off");
/* Translators: demonstration "hip-flexor-stretch", caption */
N_("One foot back, holding the counter");
/* Translators: demonstration "hip-flexor-stretch", caption */
N_("Tuck your bottom under, front knee bent a little");
/* Translators: demonstration "hip-flexor-stretch", caption */
N_("Hold: a stretch at the front of the back hip");
/* Translators: demonstration "hip-flexor-stretch", caption */
N_("Ease off, then change sides");
/* Translators: demonstration "deep-breathing", caption */
N_("Lie on your back, a hand on your belly");
/* Translators: demonstration "deep-breathing", caption */
N_("Breathe in slowly through your nose: 1, 2, 3, 4");
/* Translators: demonstration "deep-breathing", caption */
N_("Breathe out slowly through pursed lips: 1 to 6");
/* Translators: demonstration "resting-posture", caption */
N_("Lie on your back, pillows under head and knees");
/* Translators: demonstration "resting-posture", caption */
N_("Let your shoulders sink into the bed");
/* Translators: demonstration "resting-posture", caption */
N_("Rest and breathe easily");
