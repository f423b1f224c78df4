/**
 * Words a runner meets on running sites, each with a short card in plain words and a link to
 * the guide entry it belongs to. The page matcher finds every variant as a whole word, any case,
 * with regular plurals and possessives; so variants avoid everyday words ("band", "rest", "ice",
 * "hip", "rice") that would light up ordinary running articles, and no variant has two owners.
 * Every variant also goes into the content script's compiled pattern, which loads on every page
 * (budget: 15 KB gzip for the whole script), so rare spellings are left out.
 *
 * Medical facts follow the sources cited in ./conditions.ts (NHS, AAOS OrthoInfo, Mayo Clinic).
 */
import type { GlossaryTerm } from '../types';

/** Every glossary term, grouped by category. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  // ── Anatomy ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'iliotibial-band',
    name: 'Iliotibial band',
    variants: ['iliotibial band', 'it band', 'it-band', 'itband', 'itb', 'iliotibial tract'],
    // Not a ligament, whatever many sites say: a thick band of fascia (Mayo Clinic Knee pain).
    card:
      'A thick band of connective tissue (fascia) running down the outside of the thigh from ' +
      'the hip to just below the knee. Often called a ligament, but it is not one. It helps ' +
      'steady the hip and knee as you run.',
    entry: 'it-band-syndrome',
    category: 'anatomy',
  },
  {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    variants: ['tensor fasciae latae', 'tensor fascia latae', 'tensor fascia lata', 'tfl'],
    card:
      'A small muscle at the front and side of the hip that pulls on the top of the IT band. ' +
      'It helps lift and steady the leg; it often feels tight in runners with outer-hip or IT ' +
      'band trouble.',
    entry: 'it-band-syndrome',
    category: 'anatomy',
  },
  {
    id: 'fascia',
    name: 'Fascia',
    variants: ['fascia', 'fasciae', 'connective tissue'],
    card:
      'Sheets and bands of tough connective tissue that wrap and link muscles. The IT band is ' +
      'the best-known piece of fascia in runners.',
    entry: 'it-band-syndrome',
    category: 'anatomy',
  },
  {
    id: 'ligament',
    name: 'Ligament',
    variants: ['ligament'],
    card:
      'A strong band that joins one bone to another and keeps a joint stable. The IT band is ' +
      'often called a ligament, but it is really a band of fascia.',
    entry: 'it-band-syndrome',
    category: 'anatomy',
  },
  {
    id: 'bursa',
    name: 'Bursa',
    variants: ['bursa', 'bursae', 'trochanteric bursa'],
    card:
      'A small sac of fluid that lets tendons and muscles glide over bone. The hip has several; ' +
      'the one on the bony point of the outer hip is the one runners most often irritate.',
    entry: 'hip-bursitis',
    category: 'anatomy',
  },
  {
    id: 'greater-trochanter',
    name: 'Greater trochanter',
    variants: ['greater trochanter', 'trochanter', 'point of the hip'],
    card:
      'The bony bump you can feel on the outside of your hip, at the top of the thigh bone. ' +
      'Buttock muscles attach here, and a bursa sits over it.',
    entry: 'hip-bursitis',
    category: 'anatomy',
  },
  {
    id: 'glutes',
    name: 'Glutes',
    variants: ['glutes', 'glute', 'gluteal muscles', 'gluteus maximus', 'buttock muscles'],
    card:
      'The buttock muscles. They drive you forward and keep the pelvis level on each stride. ' +
      'Strong glutes help protect the hips and knees.',
    entry: 'habits',
    category: 'anatomy',
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    variants: ['gluteus medius', 'glute med', 'glute medius', 'gluteus minimus'],
    card:
      'A fan-shaped muscle on the side of the hip (with the smaller gluteus minimus under it) ' +
      'that keeps your pelvis level when you stand on one leg. Its tendons at the outer hip are ' +
      'often sore in hip bursitis.',
    entry: 'hip-bursitis',
    category: 'anatomy',
  },
  {
    id: 'hamstrings',
    name: 'Hamstring',
    variants: ['hamstring', 'hamstring muscles'],
    card:
      'The three muscles at the back of the thigh. They bend the knee and straighten the hip. ' +
      'They share a tendon at the sit bone, where an overloaded tendon causes deep buttock pain.',
    entry: 'hamstring-tendinopathy',
    category: 'anatomy',
  },
  {
    id: 'quadriceps',
    name: 'Quadriceps',
    variants: ['quadriceps', 'quads', 'quadricep', 'quadriceps muscles'],
    card:
      'The four muscles at the front of the thigh that straighten the knee. One of them, the ' +
      'rectus femoris, also helps lift the knee as a hip flexor.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'rectus-femoris',
    name: 'Rectus femoris',
    variants: ['rectus femoris'],
    card:
      'The quadriceps muscle that crosses both hip and knee. It helps lift the knee, so it can ' +
      'be strained in sprints or kicks and hurt at the front of the hip.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'hip-flexors',
    name: 'Hip flexor',
    variants: ['hip flexor', 'hip flexor muscles'],
    card:
      'The muscles at the front of the hip that lift your knee, mainly the iliopsoas and the ' +
      'rectus femoris. They work on every stride, and harder on hills and sprints.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'iliopsoas',
    name: 'Iliopsoas',
    variants: ['iliopsoas', 'iliacus', 'iliopsoas tendon', 'iliopsoas muscle'],
    card:
      'The main hip flexor: two muscles, the psoas and the iliacus, joined in one tendon that ' +
      'crosses the front of the hip to the thigh bone. It lifts the knee when you run.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'psoas',
    name: 'Psoas',
    variants: ['psoas', 'psoas major', 'psoas muscle'],
    card:
      'A long muscle from the lower spine to the top of the thigh bone, part of the iliopsoas. ' +
      'It helps lift the knee and is often blamed for tight, sore hip fronts.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'adductors',
    name: 'Adductors',
    variants: ['adductors', 'adductor', 'adductor muscles', 'inner thigh muscles'],
    card:
      'The muscles of the inner thigh that pull the leg inwards and steady the pelvis. A ' +
      'strain here causes groin pain; groin pain that grows with each run should also be ' +
      'checked for a stress fracture.',
    entry: 'adductor-strain',
    category: 'anatomy',
  },
  {
    id: 'tendon',
    name: 'Tendon',
    variants: ['tendon'],
    card:
      'A tough cord that joins a muscle to a bone. Tendons adapt to load slowly, so they get ' +
      'sore when training rises faster than they can keep up.',
    entry: 'hip-flexor-tendinitis',
    category: 'anatomy',
  },
  {
    id: 'hip-joint',
    name: 'Hip joint',
    variants: ['hip joint', 'ball and socket joint', 'ball-and-socket joint', 'ball and socket'],
    card:
      'A ball-and-socket joint: the rounded top of the thigh bone sits in a cup in the pelvis. ' +
      'Problems inside the joint are usually felt in the groin.',
    entry: 'hip-joint',
    category: 'anatomy',
  },
  {
    id: 'acetabulum',
    name: 'Acetabulum',
    variants: ['acetabulum', 'hip socket', 'acetabular'],
    card:
      'The cup-shaped socket of the hip joint, part of the pelvis. Its rim is lined with a ' +
      'ring of cartilage called the labrum.',
    entry: 'cartilage-tear',
    category: 'anatomy',
  },
  {
    id: 'labrum',
    name: 'Labrum',
    variants: ['labrum', 'hip labrum', 'acetabular labrum', 'labra'],
    card:
      'A ring of cartilage around the rim of the hip socket. It cushions the joint and acts ' +
      'like a seal that helps hold the ball of the thigh bone in place.',
    entry: 'cartilage-tear',
    category: 'anatomy',
  },
  {
    id: 'cartilage',
    name: 'Cartilage',
    variants: ['cartilage', 'articular cartilage', 'joint cartilage'],
    card:
      'Smooth, tough tissue that covers the ends of bones in a joint so they glide. In the hip, ' +
      'the labrum is a special rim of cartilage around the socket.',
    entry: 'cartilage-tear',
    category: 'anatomy',
  },
  {
    id: 'femur',
    name: 'Femur',
    variants: ['femur', 'thigh bone', 'thighbone', 'femora', 'femoral head'],
    card:
      'The thigh bone, the longest bone in the body. Its rounded head forms the ball of the hip ' +
      'joint.',
    entry: 'stress-fracture',
    category: 'anatomy',
  },
  {
    id: 'femoral-neck',
    name: 'Femoral neck',
    variants: ['femoral neck', 'neck of femur', 'neck of the femur'],
    card:
      'The short, angled bridge between the ball of the hip and the shaft of the thigh bone. ' +
      'In runners it is a site of stress fractures that need prompt care.',
    entry: 'stress-fracture',
    category: 'anatomy',
  },
  {
    id: 'pelvis',
    name: 'Pelvis',
    variants: ['pelvis', 'pelvic bone', 'pelves'],
    card:
      'The ring of bones at the base of the spine. It holds the hip sockets and carries your ' +
      'weight to the legs. Pelvic bones can also get stress fractures.',
    entry: 'stress-fracture',
    category: 'anatomy',
  },
  {
    id: 'sacroiliac-joint',
    name: 'Sacroiliac joint',
    variants: ['sacroiliac joint', 'si joint', 'sij', 'sacroiliac'],
    card:
      'The joint between the base of the spine and the pelvis, one on each side. Pain from it ' +
      'or the lower back is felt in the buttock. Numbness or weakness in the leg needs a same-' +
      'day check.',
    entry: 'back-referred-pain',
    category: 'anatomy',
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    variants: ['piriformis', 'piriformis muscle'],
    card:
      'A small muscle deep in the buttock that turns the leg outwards. The sciatic nerve runs ' +
      'close by it.',
    entry: 'back-referred-pain',
    category: 'anatomy',
  },

  {
    id: 'ischial-tuberosity',
    name: 'Ischial tuberosity',
    variants: ['ischial tuberosity', 'sit bone', 'sitting bone'],
    card:
      'The sit bone, low in each buttock. The hamstrings attach here, so a sore hamstring ' +
      'tendon hurts deep in the buttock.',
    entry: 'hamstring-tendinopathy',
    category: 'anatomy',
  },
  {
    id: 'pubic-bone',
    name: 'Pubic bone',
    variants: ['pubic bone', 'pubis'],
    card:
      'The front of the pelvis, low in the middle. Inner-thigh and lower tummy muscles attach ' +
      'near it, so groin strains are felt here.',
    entry: 'adductor-strain',
    category: 'anatomy',
  },

  // ── Conditions and symptoms ────────────────────────────────────────────────────────────────
  {
    id: 'it-band-syndrome',
    name: 'IT band syndrome',
    variants: [
      'it band syndrome',
      'itband syndrome',
      'itbs',
      'iliotibial band syndrome',
      'itb syndrome',
      'iliotibial band friction syndrome',
      'it band friction syndrome',
      'itbfs',
    ],
    card:
      'Irritation where the IT band crosses the outer knee, common in distance runners. It ' +
      'hurts on the outside of the knee or thigh, often at the same point in each run and more ' +
      'running downhill.',
    entry: 'it-band-syndrome',
    category: 'condition',
  },
  {
    id: 'runners-knee',
    name: "Runner's knee",
    variants: ["runner's knee", 'runners knee', 'patellofemoral pain syndrome', 'pfps'],
    card:
      'Usually means pain around or behind the kneecap (patellofemoral pain). Some sites use it ' +
      'for IT band syndrome, which hurts on the outside of the knee instead.',
    entry: 'it-band-syndrome',
    category: 'condition',
  },
  {
    id: 'bursitis',
    name: 'Bursitis',
    variants: ['bursitis'],
    card:
      'An irritated, swollen bursa, the small fluid sac that cushions a joint. In runners with ' +
      'hip pain it usually means the one on the outer hip.',
    entry: 'hip-bursitis',
    category: 'condition',
  },
  {
    id: 'hip-bursitis',
    name: 'Hip bursitis',
    variants: ['hip bursitis', 'bursitis of the hip'],
    card:
      'Pain over the bony point of the outer hip, from a bursa or, more often, the tendons ' +
      'beside it. Often worse lying on that side, crossing the legs or on stairs.',
    entry: 'hip-bursitis',
    category: 'condition',
  },
  {
    id: 'trochanteric-bursitis',
    name: 'Trochanteric bursitis',
    variants: ['trochanteric bursitis', 'greater trochanteric bursitis'],
    card:
      'Bursitis over the greater trochanter, the bony point of the outer hip. The most common ' +
      'kind of hip bursitis in runners.',
    entry: 'hip-bursitis',
    category: 'condition',
  },
  {
    id: 'gtps',
    name: 'Greater trochanteric pain syndrome',
    variants: ['greater trochanteric pain syndrome', 'gtps', 'lateral hip pain syndrome'],
    card:
      'The newer name for outer-hip pain once called trochanteric bursitis. It covers the ' +
      'bursa and the sore gluteal tendons beside it, which are often the main source.',
    entry: 'hip-bursitis',
    category: 'condition',
  },
  {
    id: 'gluteal-tendinopathy',
    name: 'Gluteal tendinopathy',
    variants: [
      'gluteal tendinopathy',
      'gluteal tendinitis',
      'gluteal tendonitis',
      'gluteus medius tendinopathy',
    ],
    card:
      'Sore, overloaded tendons of the side buttock muscles where they attach at the outer hip. ' +
      'A common cause of outer-hip pain, often lumped in with hip bursitis.',
    entry: 'hip-bursitis',
    category: 'condition',
  },
  {
    id: 'stress-fracture',
    name: 'Stress fracture',
    variants: ['stress fracture', 'fatigue fracture', 'hip stress fracture'],
    card:
      'A tiny crack in a bone from repeated impact, not a single blow. Pain grows with running ' +
      'and may linger at rest. Near the hip, stop running and see a doctor the same day.',
    entry: 'stress-fracture',
    category: 'condition',
  },
  {
    id: 'femoral-neck-stress-fracture',
    name: 'Femoral neck stress fracture',
    variants: ['femoral neck stress fracture', 'fnsf', 'femoral stress fracture'],
    card:
      'A stress fracture in the neck of the thigh bone. It shows up as groin pain that grows ' +
      'with each run. Stop running, do not hop to test it, and get seen by a doctor today.',
    entry: 'stress-fracture',
    category: 'condition',
  },
  {
    id: 'bone-stress-injury',
    name: 'Bone stress injury',
    variants: ['bone stress injury', 'stress reaction', 'bone stress reaction'],
    card:
      'Bone that is overloaded faster than it can repair. It ranges from a stress reaction ' +
      '(bone swelling on a scan) to a stress fracture (a crack). Both need time off running.',
    entry: 'stress-fracture',
    category: 'condition',
  },
  {
    id: 'groin-pain',
    name: 'Groin pain',
    variants: ['groin pain', 'pain in the groin'],
    card:
      'Pain where the thigh meets the body: from the hip joint, a strain, a hernia or a stress ' +
      'fracture. Groin pain that grows with each run, or a limp, needs a doctor the same day.',
    entry: 'stress-fracture',
    category: 'condition',
  },
  {
    id: 'labral-tear',
    name: 'Labral tear',
    variants: ['labral tear', 'hip labral tear', 'torn labrum', 'labrum tear', 'hip labrum tear'],
    card:
      'A tear in the labrum, the cartilage rim of the hip socket. It can cause groin pain, ' +
      'clicking, catching or locking, and stiffness. Some tears cause no symptoms.',
    entry: 'cartilage-tear',
    category: 'condition',
  },
  {
    id: 'cartilage-tear',
    name: 'Cartilage tear',
    variants: ['cartilage tear', 'hip cartilage tear', 'torn cartilage'],
    card:
      'In the hip this usually means a labral tear. Clicking after a fall or twist is a reason ' +
      'to stop running and see a doctor.',
    entry: 'cartilage-tear',
    category: 'condition',
  },
  {
    id: 'fai',
    name: 'Femoroacetabular impingement',
    variants: [
      'femoroacetabular impingement',
      'femoro-acetabular impingement',
      'fai',
      'hip impingement',
      'cam impingement',
      'pincer impingement',
    ],
    card:
      'A hip shape where the ball and socket pinch each other when the hip bends deeply. It can ' +
      'cause groin pain and stiffness and can lead to labral tears and, later, osteoarthritis.',
    entry: 'hip-joint',
    category: 'condition',
  },
  {
    id: 'osteoarthritis',
    name: 'Osteoarthritis',
    variants: ['osteoarthritis', 'hip osteoarthritis', 'hip arthritis'],
    card:
      'Thinning of the smooth cartilage in a joint, causing pain and stiffness. In the hip it ' +
      'is felt mostly in the groin and becomes more common with age. Regular exercise is the ' +
      'main treatment, and it does not always get worse.',
    entry: 'hip-joint',
    category: 'condition',
  },
  {
    id: 'tendinitis',
    name: 'Tendinitis',
    variants: ['tendinitis', 'tendonitis'],
    card:
      'An irritated, painful tendon, usually from doing too much too soon. It hurts more when ' +
      'you move and eases with rest. Both spellings are common.',
    entry: 'hip-flexor-tendinitis',
    category: 'condition',
  },
  {
    id: 'tendinopathy',
    name: 'Tendinopathy',
    variants: ['tendinopathy', 'tendinosis'],
    card:
      'The broader word clinicians now prefer for a painful, overloaded tendon, since lasting ' +
      'tendon pain is often less about inflammation than about the tendon falling behind load.',
    entry: 'hip-flexor-tendinitis',
    category: 'condition',
  },
  {
    id: 'hip-flexor-tendinitis',
    name: 'Hip flexor tendinitis',
    variants: [
      'hip flexor tendinitis',
      'hip flexor tendonitis',
      'hip flexor tendinopathy',
      'iliopsoas tendinitis',
      'iliopsoas tendonitis',
      'iliopsoas tendinopathy',
      'psoas tendinitis',
      'psoas tendonitis',
    ],
    card:
      'An irritated tendon at the front of the hip, sore when you lift your knee, on stairs or ' +
      'hills. Old injuries can play a part.',
    entry: 'hip-flexor-tendinitis',
    category: 'condition',
  },
  {
    id: 'hip-flexor-strain',
    name: 'Hip flexor strain',
    variants: ['hip flexor strain', 'strained hip flexor', 'pulled hip flexor', 'hip strain'],
    card:
      'An overstretched or torn hip flexor muscle, often from a sprint or kick, with sudden pain ' +
      'at the front of the hip. Runners also use the name for slow-building tendon pain.',
    entry: 'hip-flexor-tendinitis',
    category: 'condition',
  },
  {
    id: 'groin-strain',
    name: 'Groin strain',
    variants: ['groin strain', 'groin pull', 'pulled groin', 'adductor strain'],
    card:
      'A torn or overstretched inner-thigh muscle, from a sprint, slip or sudden turn. Groin ' +
      'pain that grows with each run instead needs a doctor the same day.',
    entry: 'adductor-strain',
    category: 'condition',
  },
  {
    id: 'snapping-hip',
    name: 'Snapping hip',
    variants: ['snapping hip', 'snapping hip syndrome', "dancer's hip", 'coxa saltans'],
    card:
      'A snap or click as a tendon slides over bone: at the front (the iliopsoas tendon) or the ' +
      'outer hip (the IT band). Often painless; see a professional if it hurts.',
    entry: 'hip-flexor-tendinitis',
    category: 'condition',
  },
  {
    id: 'piriformis-syndrome',
    name: 'Piriformis syndrome',
    variants: ['piriformis syndrome'],
    card:
      'Buttock pain put down to the piriformis muscle irritating the sciatic nerve. Numbness or ' +
      'weakness in the leg that is getting worse needs advice the same day.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'sciatica',
    name: 'Sciatica',
    variants: ['sciatica', 'sciatic nerve', 'sciatic pain'],
    card:
      'Pain from an irritated sciatic nerve, running from the buttock down the leg, often with ' +
      'tingling. Numbness around the genitals or bottom, or bladder or bowel trouble, is an ' +
      'emergency.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'cauda-equina-syndrome',
    name: 'Cauda equina syndrome',
    variants: ['cauda equina syndrome', 'cauda equina', 'saddle numbness', 'saddle anaesthesia'],
    card:
      'Rare, serious pressure on the nerves at the base of the spine. Numbness around the ' +
      'genitals or bottom, or losing bladder or bowel control, means A&E or emergency services ' +
      'now.',
    entry: 'red-flags',
    category: 'condition',
  },
  {
    id: 'septic-arthritis',
    name: 'Septic arthritis',
    variants: ['septic arthritis', 'joint infection', 'infected joint', 'septic hip'],
    card:
      'An infection inside a joint. A hot, red or swollen hip with fever or feeling unwell is an ' +
      'emergency: go to A&E or call emergency services.',
    entry: 'red-flags',
    category: 'condition',
  },
  {
    id: 'hip-fracture',
    name: 'Hip fracture',
    variants: ['hip fracture', 'broken hip', 'fractured hip'],
    card:
      'A break at the top of the thigh bone, usually from a fall. Severe pain, not being able to ' +
      'stand, or a leg that looks shorter or turned out means calling emergency services.',
    entry: 'red-flags',
    category: 'condition',
  },
  {
    id: 'red-s',
    name: 'RED-S',
    variants: [
      'red-s',
      'relative energy deficiency in sport',
      'low energy availability',
      'female athlete triad',
    ],
    card:
      'Relative energy deficiency in sport: not eating enough for your training. It weakens ' +
      'bone and raises the risk of stress fractures. Missed periods are a common sign. The ' +
      'older name for it in women is the female athlete triad.',
    entry: 'stress-fracture',
    category: 'condition',
  },
  {
    id: 'adductor-tendinopathy',
    name: 'Adductor tendinopathy',
    variants: ['adductor tendinopathy', 'adductor tendinitis', 'adductor-related groin pain'],
    card:
      'Sore, overloaded inner-thigh tendons near the pubic bone. It builds up slowly and hurts ' +
      'when you squeeze your legs together.',
    entry: 'adductor-strain',
    category: 'condition',
  },
  {
    id: 'sports-hernia',
    name: 'Sports hernia',
    variants: ['sports hernia', 'athletic pubalgia', "sportsman's hernia"],
    card:
      'A strain of the lower tummy and groin tissues near the pubic bone, from twists and kicks. ' +
      'Not a true hernia: there is no lump. Groin pain lasting weeks deserves a check.',
    entry: 'adductor-strain',
    category: 'condition',
  },
  {
    id: 'inguinal-hernia',
    name: 'Inguinal hernia',
    variants: ['inguinal hernia', 'groin hernia'],
    card:
      'A lump in the groin where tissue pushes through the tummy wall. See a GP about it; go to ' +
      'A&E if it turns firm or very painful, will not go back in, or you are being sick.',
    entry: 'adductor-strain',
    category: 'condition',
  },
  {
    id: 'high-hamstring-tendinopathy',
    name: 'High hamstring tendinopathy',
    variants: [
      'high hamstring tendinopathy',
      'proximal hamstring tendinopathy',
      'hamstring tendinopathy',
    ],
    card:
      'A sore hamstring tendon at the sit bone: deep buttock pain, worse sitting, running uphill ' +
      'or stretching. Slow to settle; strengthening helps, stretching does not.',
    entry: 'hamstring-tendinopathy',
    category: 'condition',
  },
  {
    id: 'hamstring-strain',
    name: 'Hamstring strain',
    variants: ['hamstring strain', 'pulled hamstring'],
    card:
      'A sudden tear of a hamstring muscle, often mid-sprint. A pop and bruising high up near ' +
      'the sit bone needs a doctor within a few days.',
    entry: 'hamstring-tendinopathy',
    category: 'condition',
  },
  {
    id: 'si-joint-pain',
    name: 'Sacroiliac joint pain',
    variants: ['sacroiliac joint pain', 'si joint pain', 'sacroiliitis'],
    card:
      'Pain from the joint between the spine and the pelvis, felt low in the back and buttock, ' +
      'sometimes down the thigh.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'slipped-disc',
    name: 'Slipped disc',
    variants: ['slipped disc', 'herniated disc', 'bulging disc'],
    card:
      'A spinal disc that bulges and can press on a nerve, a common cause of sciatica. Numbness ' +
      'around the genitals or bottom, or bladder or bowel trouble, is an emergency.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'lower-back-pain',
    name: 'Lower back pain',
    variants: ['lower back pain', 'low back pain'],
    card:
      'Very common and usually not serious. It can spread into the buttock and feel like hip ' +
      'pain. Keeping active helps it settle.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'pelvic-girdle-pain',
    name: 'Pelvic girdle pain',
    variants: ['pelvic girdle pain', 'symphysis pubis dysfunction'],
    card:
      'Pain at the front or back of the pelvis in about 1 in 5 pregnancies. Not harmful to the ' +
      'baby. Tell your midwife or GP: physiotherapy helps, the sooner the better.',
    entry: 'back-referred-pain',
    category: 'condition',
  },
  {
    id: 'overuse-injury',
    name: 'Overuse injury',
    variants: ['overuse injury', 'repetitive strain injury'],
    card:
      'An injury that builds up from repeated load with too little recovery, not from one ' +
      'accident. Most running injuries of the hip are this kind.',
    entry: 'habits',
    category: 'condition',
  },

  // ── Tests and treatments ───────────────────────────────────────────────────────────────────
  {
    id: 'mri',
    name: 'MRI',
    variants: ['mri', 'mri scan', 'magnetic resonance imaging', 'mr arthrogram'],
    card:
      'A scan using magnets that shows bone, cartilage and soft tissue. It finds early stress ' +
      'fractures that X-rays miss; with dye in the joint (an MR arthrogram) it shows the labrum.',
    entry: 'stress-fracture',
    category: 'test-or-treatment',
  },
  {
    id: 'x-ray',
    name: 'X-ray',
    variants: ['x-ray', 'xray', 'radiograph'],
    card:
      'A quick picture of bones. It shows breaks and hip shape, but an early stress fracture ' +
      'often looks normal, so a normal X-ray does not rule one out.',
    entry: 'stress-fracture',
    category: 'test-or-treatment',
  },
  {
    id: 'bone-scan',
    name: 'Bone scan',
    variants: ['bone scan', 'bone scintigraphy'],
    card:
      'A scan after a small injection of a tracer that gathers where bone is repairing. It can ' +
      'show stress fractures early; MRI is now used more often.',
    entry: 'stress-fracture',
    category: 'test-or-treatment',
  },
  {
    id: 'hop-test',
    name: 'Hop test',
    variants: ['hop test', 'single leg hop test', 'hopping test'],
    card:
      'A check clinicians sometimes use when a stress fracture is possible. Do not try it on ' +
      'yourself: hopping on a cracked femoral neck can make it worse. Get checked instead.',
    entry: 'stress-fracture',
    category: 'test-or-treatment',
  },
  {
    id: 'weight-bearing',
    name: 'Weight-bearing',
    variants: ['weight bearing', 'weight-bearing', 'weightbearing', 'non weight bearing'],
    card:
      'Putting your weight through the leg. Not being able to bear weight on it is an ' +
      'emergency; after a stress fracture, you may be told to keep weight off for a while.',
    entry: 'red-flags',
    category: 'test-or-treatment',
  },
  {
    id: 'anti-inflammatories',
    name: 'Anti-inflammatories',
    variants: [
      'anti-inflammatories',
      'anti inflammatories',
      'anti-inflammatory',
      'nsaid',
      'ibuprofen',
      'naproxen',
    ],
    card:
      'Painkillers such as ibuprofen that also reduce inflammation. They can ease pain but do ' +
      'not fix the cause and are not safe for everyone: ask a pharmacist or doctor first.',
    entry: 'hip-bursitis',
    category: 'test-or-treatment',
  },
  {
    id: 'steroid-injection',
    name: 'Steroid injection',
    variants: [
      'steroid injection',
      'cortisone injection',
      'cortisone shot',
      'corticosteroid injection',
      'steroid shot',
    ],
    card:
      'An injection of anti-inflammatory medicine into or near a sore spot, sometimes offered ' +
      'for hip bursitis that does not settle. Relief may be short-lived; exercise still matters.',
    entry: 'hip-bursitis',
    category: 'test-or-treatment',
  },
  {
    id: 'physiotherapy',
    name: 'Physiotherapy',
    variants: [
      'physiotherapy',
      'physical therapy',
      'physio',
      'physiotherapist',
      'physical therapist',
    ],
    card:
      'Treatment with exercise, advice and hands-on care from a physiotherapist (physical ' +
      'therapist). The main treatment for most running hip pain.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'hip-arthroscopy',
    name: 'Hip arthroscopy',
    variants: ['hip arthroscopy', 'arthroscopy', 'keyhole surgery', 'hip scope'],
    card:
      'Keyhole surgery inside a joint, using a small camera. In the hip it can repair or trim a ' +
      'torn labrum or reshape the bone in FAI. Getting back to running takes months.',
    entry: 'cartilage-tear',
    category: 'test-or-treatment',
  },
  {
    id: 'foam-rolling',
    name: 'Foam rolling',
    variants: ['foam rolling', 'foam roller'],
    card:
      'Rolling a muscle over a firm foam cylinder. Many runners find it eases tightness. It is ' +
      'unlikely to stretch the IT band itself, which is very stiff, so roll gently, not hard.',
    entry: 'it-band-syndrome',
    category: 'test-or-treatment',
  },
  {
    id: 'rice-method',
    name: 'RICE method',
    variants: ['rice method', 'rice protocol', 'r.i.c.e.'],
    card:
      'Rest, Ice, Compression, Elevation: first aid for a fresh strain or sprain. For running ' +
      'hip pain, "rest" means easing off while staying gently active.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'ice-pack',
    name: 'Ice pack',
    variants: ['ice pack', 'cold pack', 'cold therapy'],
    card:
      'Cold on a sore spot for up to 20 minutes at a time, wrapped in a towel, never on bare ' +
      'skin. It can ease pain in the first days.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'relative-rest',
    name: 'Relative rest',
    variants: ['relative rest', 'active rest', 'active recovery'],
    card:
      'Cutting back on what hurts while keeping up what does not, such as swapping runs for ' +
      'swimming. Usually better than complete rest, except for a suspected stress fracture.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'cross-training',
    name: 'Cross-training',
    variants: ['cross training', 'cross-training', 'cross train', 'crosstraining'],
    card:
      'Other sports that keep you fit while your running load drops, such as swimming, cycling ' +
      'or pool running. Useful while injured and as regular injury prevention.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'low-impact-exercise',
    name: 'Low-impact exercise',
    variants: ['low impact exercise', 'low-impact', 'low impact', 'low impact activity'],
    card:
      'Exercise where your feet do not pound the ground: walking, swimming, cycling or an ' +
      'elliptical machine. Often the first step back after a stress fracture.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'pool-running',
    name: 'Pool running',
    variants: ['pool running', 'aqua jogging', 'deep water running', 'aqua running'],
    card:
      'Running movements in deep water, usually with a float belt. It keeps running fitness ' +
      'with no impact, so it suits many hip injuries.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'strength-training',
    name: 'Strength training',
    variants: ['strength training', 'strength work', 'resistance training'],
    card:
      'Exercises against resistance, such as bridges, squats or step-ups. Two or three short ' +
      'sessions a week help hips and glutes cope with running.',
    entry: 'habits',
    category: 'test-or-treatment',
  },
  {
    id: 'clamshell',
    name: 'Clamshell',
    variants: ['clamshell', 'clam shell', 'clamshell exercise'],
    card:
      'Lying on your side with knees bent, opening and closing the top knee like a shell. A ' +
      'common starter exercise for the side hip muscles.',
    entry: 'hip-bursitis',
    category: 'test-or-treatment',
  },
  {
    id: 'gait-analysis',
    name: 'Gait analysis',
    variants: ['gait analysis', 'running gait analysis', 'gait assessment', 'running assessment'],
    card:
      'Watching or filming how you run, often on a treadmill, to spot habits that may load the ' +
      'hips, such as overstriding. Useful alongside a proper injury check.',
    entry: 'habits',
    category: 'test-or-treatment',
  },

  // ── Training ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'mileage',
    name: 'Weekly mileage',
    variants: ['weekly mileage', 'weekly distance', 'weekly volume'],
    card:
      'How far you run in a week. Big jumps in mileage are one of the commonest triggers of ' +
      'running hip pain and stress fractures.',
    entry: 'habits',
    category: 'training',
  },
  {
    id: 'ten-percent-rule',
    name: '10% rule',
    variants: ['10% rule', '10 percent rule', 'ten percent rule'],
    card:
      'A rule of thumb: raise weekly distance by no more than about 10% a week. Not exact ' +
      'science, but a useful brake on doing too much too soon.',
    entry: 'habits',
    category: 'training',
  },
  {
    id: 'overtraining',
    name: 'Overtraining',
    variants: ['overtraining', 'overtraining syndrome', 'overtrained'],
    card:
      'Training more than your body can recover from. Signs include lasting tiredness, poorer ' +
      'runs and niggles that do not settle; it raises the risk of injury.',
    entry: 'habits',
    category: 'training',
  },
  {
    id: 'cadence',
    name: 'Cadence',
    variants: ['cadence', 'step rate', 'stride rate', 'steps per minute'],
    card:
      'How many steps you take per minute. Slightly shorter, quicker steps can reduce the load ' +
      'on the hips and knees for some runners; change it gradually.',
    entry: 'habits',
    category: 'training',
  },
  {
    id: 'overstriding',
    name: 'Overstriding',
    variants: ['overstriding', 'overstride'],
    card:
      'Landing with your foot far out in front of your body. It adds braking force with each ' +
      'step and is often eased by a slightly higher cadence.',
    entry: 'habits',
    category: 'training',
  },
  {
    id: 'pelvic-drop',
    name: 'Pelvic drop',
    variants: ['pelvic drop', 'hip drop', 'trendelenburg', 'trendelenburg sign'],
    card:
      'When the hip on the swinging-leg side sags as you land on the other leg. It often means ' +
      'the side hip muscles are tired or weak, and is linked with outer-hip and IT band pain.',
    entry: 'hip-bursitis',
    category: 'training',
  },
  {
    id: 'road-camber',
    name: 'Road camber',
    variants: ['road camber', 'camber', 'cambered road'],
    card:
      'The slope of a road from its middle to the edge. Always running on the same side tilts ' +
      'your hips the same way each time; switch sides now and then.',
    entry: 'it-band-syndrome',
    category: 'training',
  },
  {
    id: 'downhill-running',
    name: 'Downhill running',
    variants: ['downhill running', 'running downhill'],
    card:
      'Running down slopes. It loads the front of the thigh and the outer knee more than flat ' +
      'running and is a classic trigger of IT band pain.',
    entry: 'it-band-syndrome',
    category: 'training',
  },
  {
    id: 'hard-surfaces',
    name: 'Hard surfaces',
    variants: ['hard surfaces', 'hard surface', 'running on concrete', 'running on asphalt'],
    card:
      'Concrete, asphalt and tarmac. Lots of running on them is linked with stress fractures; ' +
      'mixing in grass, trails or a track varies the load.',
    entry: 'stress-fracture',
    category: 'training',
  },
];

const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryTerm> = new Map(
  GLOSSARY.map((term) => [term.id, term]),
);

/** The glossary term with this id, or undefined for an id that is not in the glossary. */
export function termById(id: string): GlossaryTerm | undefined {
  return GLOSSARY_BY_ID.get(id);
}
