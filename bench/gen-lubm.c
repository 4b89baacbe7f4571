/* SPDX-License-Identifier: MIT */
/* gen-lubm.c: writes a LUBM-like university graph as N-Triples.
 *
 * The shape follows the Lehigh University Benchmark's data generator (UBA):
 * universities made of departments, each with full, associate and assistant
 * professors and lecturers, undergraduate and graduate students, courses,
 * publications and research groups, linked by the univ-bench ontology's
 * properties, with UBA's long instance IRIs such as
 * <http://www.Department0.University0.edu/GraduateStudent12>.  The counts per
 * department are drawn from UBA's ranges, so the statistics resemble LUBM's,
 * but the output is not byte-identical to UBA's (nor meant to be).
 *
 * The output depends only on the seed and the number of universities: the
 * pseudo-random generator is our own xorshift, not the C library's.  The
 * default (8 universities, seed 0) gives about 1.07 million triples, 180 MB.
 * Plain C with no dependency, so that generating is not what a benchmark
 * waits for.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UB "http://swat.cse.lehigh.edu/onto/univ-bench.owl#"
#define RDF_TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define N_DEGREE_UNIVERSITIES 1000 /* UBA draws degree sources from 1000 */

/* ---- Output: one big buffer, flushed when nearly full ------------------ */

static char out_buf[1 << 20];
static size_t out_len;
static FILE *out_fp;
static unsigned long long n_triples;

static void
flush_out (void)
{
  if (out_len && fwrite (out_buf, 1, out_len, out_fp) != out_len)
    {
      fprintf (stderr, "gen-lubm: write error: %s\n", strerror (errno));
      exit (1);
    }
  out_len = 0;
}

static void
put (const char *s, size_t n)
{
  if (out_len + n > sizeof out_buf)
    flush_out ();
  memcpy (out_buf + out_len, s, n);
  out_len += n;
}

#define PUTS(lit) put ((lit), sizeof (lit) - 1)

static void
put_str (const char *s)
{
  put (s, strlen (s));
}

static void
put_uint (unsigned long v)
{
  char tmp[24];
  int i = sizeof tmp;
  do
    {
      tmp[--i] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v);
  put (tmp + i, sizeof tmp - (size_t) i);
}

/* ---- Deterministic pseudo-random numbers (xorshift64*) ----------------- */

static uint64_t rng_state;

static uint64_t
rng_next (void)
{
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1DULL;
}

/* A uniform integer in [lo, hi]. */
static unsigned
rng_range (unsigned lo, unsigned hi)
{
  return lo + (unsigned) (rng_next () % (uint64_t) (hi - lo + 1));
}

/* ---- Entities ----------------------------------------------------------- */

typedef enum {
  E_UNIVERSITY, E_DEPARTMENT, E_FULL, E_ASSOC, E_ASSIST, E_LECTURER,
  E_UNDERGRAD, E_GRAD, E_COURSE, E_GRAD_COURSE, E_GROUP, E_PUBLICATION
} Kind;

static const char *const kind_name[] = {
  "University", "Department", "FullProfessor", "AssociateProfessor",
  "AssistantProfessor", "Lecturer", "UndergraduateStudent", "GraduateStudent",
  "Course", "GraduateCourse", "ResearchGroup", "Publication"
};

/* An entity of a department: kind and number, plus the owner for a
 * publication (whose IRI extends its author's). */
typedef struct {
  Kind kind;
  unsigned n;
  Kind owner_kind;
  unsigned owner_n;
} Ent;

static unsigned cur_univ, cur_dept;

static void
put_univ_iri (unsigned u)
{
  PUTS ("<http://www.University");
  put_uint (u);
  PUTS (".edu>");
}

static void
put_dept_host (void)
{
  PUTS ("http://www.Department");
  put_uint (cur_dept);
  PUTS (".University");
  put_uint (cur_univ);
  PUTS (".edu");
}

static void
put_ent_iri (Ent e)
{
  put ("<", 1);
  put_dept_host ();
  put ("/", 1);
  if (e.kind == E_PUBLICATION)
    {
      put_str (kind_name[e.owner_kind]);
      put_uint (e.owner_n);
      put ("/", 1);
    }
  put_str (kind_name[e.kind]);
  put_uint (e.n);
  put (">", 1);
}

static void
put_pred (const char *local)
{
  PUTS ("<" UB);
  put_str (local);
  PUTS (">");
}

static void
end_triple (void)
{
  PUTS (" .\n");
  n_triples++;
}

static void
triple_type (Ent e)
{
  put_ent_iri (e);
  PUTS (" " RDF_TYPE " <" UB);
  put_str (kind_name[e.kind]);
  PUTS (">");
  end_triple ();
}

static void
triple_ent (Ent s, const char *pred, Ent o)
{
  put_ent_iri (s);
  put (" ", 1);
  put_pred (pred);
  put (" ", 1);
  put_ent_iri (o);
  end_triple ();
}

static void
triple_dept (Ent s, const char *pred)
{
  put_ent_iri (s);
  put (" ", 1);
  put_pred (pred);
  PUTS (" <");
  put_dept_host ();
  PUTS (">");
  end_triple ();
}

static void
triple_univ (Ent s, const char *pred, unsigned u)
{
  put_ent_iri (s);
  put (" ", 1);
  put_pred (pred);
  put (" ", 1);
  put_univ_iri (u);
  end_triple ();
}

/* The name literal: "FullProfessor3", "Publication7", ... as UBA does. */
static void
triple_name (Ent e)
{
  put_ent_iri (e);
  put (" ", 1);
  put_pred ("name");
  PUTS (" \"");
  put_str (kind_name[e.kind]);
  put_uint (e.n);
  PUTS ("\"");
  end_triple ();
}

static void
triple_contact (Ent e)
{
  put_ent_iri (e);
  put (" ", 1);
  put_pred ("emailAddress");
  PUTS (" \"");
  put_str (kind_name[e.kind]);
  put_uint (e.n);
  PUTS ("@Department");
  put_uint (cur_dept);
  PUTS (".University");
  put_uint (cur_univ);
  PUTS (".edu\"");
  end_triple ();

  put_ent_iri (e);
  put (" ", 1);
  put_pred ("telephone");
  PUTS (" \"");
  put_uint (rng_range (100, 999));
  put ("-", 1);
  put_uint (rng_range (100, 999));
  put ("-", 1);
  put_uint (rng_range (1000, 9999));
  PUTS ("\"");
  end_triple ();
}

/* ---- One department ----------------------------------------------------- */

typedef struct {
  Ent *v;
  size_t n, cap;
} EntVec;

static void
vec_push (EntVec *vec, Ent e)
{
  if (vec->n == vec->cap)
    {
      vec->cap = vec->cap ? 2 * vec->cap : 64;
      vec->v = realloc (vec->v, vec->cap * sizeof *vec->v);
      if (!vec->v)
        {
          fprintf (stderr, "gen-lubm: out of memory\n");
          exit (1);
        }
    }
  vec->v[vec->n++] = e;
}

static Ent
ent (Kind k, unsigned n)
{
  Ent e = { k, n, E_UNIVERSITY, 0 };
  return e;
}

static void
gen_department (void)
{
  static const Kind faculty_kinds[4] = { E_FULL, E_ASSOC, E_ASSIST, E_LECTURER };
  static const unsigned fac_lo[4] = { 7, 10, 8, 5 }, fac_hi[4] = { 10, 14, 11, 7 };
  static const unsigned pub_lo[4] = { 15, 10, 5, 0 }, pub_hi[4] = { 20, 18, 10, 5 };
  static EntVec faculty, courses, grad_courses, grads;
  unsigned n_course = 0, n_grad_course = 0, n_pub_total = 0;

  faculty.n = courses.n = grad_courses.n = grads.n = 0;

  /* The department itself. */
  PUTS ("<");
  put_dept_host ();
  PUTS ("> " RDF_TYPE " <" UB "Department> .\n<");
  put_dept_host ();
  PUTS ("> <" UB "name> \"Department");
  put_uint (cur_dept);
  PUTS ("\" .\n<");
  put_dept_host ();
  PUTS ("> <" UB "subOrganizationOf> ");
  put_univ_iri (cur_univ);
  PUTS (" .\n");
  n_triples += 3;

  /* Faculty, each teaching undergraduate and graduate courses. */
  for (int k = 0; k < 4; k++)
    {
      unsigned n = rng_range (fac_lo[k], fac_hi[k]);
      for (unsigned i = 0; i < n; i++)
        {
          Ent f = ent (faculty_kinds[k], i);
          triple_type (f);
          triple_name (f);
          triple_contact (f);
          put_ent_iri (f);
          put (" ", 1);
          put_pred ("researchInterest");
          PUTS (" \"Research");
          put_uint (rng_range (0, 29));
          PUTS ("\"");
          end_triple ();
          triple_univ (f, "undergraduateDegreeFrom", rng_range (0, N_DEGREE_UNIVERSITIES - 1));
          triple_univ (f, "mastersDegreeFrom", rng_range (0, N_DEGREE_UNIVERSITIES - 1));
          triple_univ (f, "doctoralDegreeFrom", rng_range (0, N_DEGREE_UNIVERSITIES - 1));
          triple_dept (f, "worksFor");
          if (k == 0 && i == 0)
            triple_dept (f, "headOf");
          for (unsigned c = rng_range (1, 2); c > 0; c--)
            {
              Ent course = ent (E_COURSE, n_course++);
              vec_push (&courses, course);
              triple_ent (f, "teacherOf", course);
            }
          for (unsigned c = rng_range (1, 2); c > 0; c--)
            {
              Ent course = ent (E_GRAD_COURSE, n_grad_course++);
              vec_push (&grad_courses, course);
              triple_ent (f, "teacherOf", course);
            }
          /* Publications hang under their first author's IRI; owner_n
           * keeps how many a faculty member has. */
          f.owner_n = rng_range (pub_lo[k], pub_hi[k]);
          vec_push (&faculty, f);
          for (unsigned j = 0; j < f.owner_n; j++)
            {
              Ent pub = { E_PUBLICATION, j, f.kind, f.n };
              triple_type (pub);
              triple_name (pub);
              triple_ent (pub, "publicationAuthor", f);
              n_pub_total++;
            }
        }
    }

  for (size_t i = 0; i < courses.n; i++)
    {
      triple_type (courses.v[i]);
      triple_name (courses.v[i]);
    }
  for (size_t i = 0; i < grad_courses.n; i++)
    {
      triple_type (grad_courses.v[i]);
      triple_name (grad_courses.v[i]);
    }

  /* Professors (not lecturers) advise students. */
  size_t n_prof = faculty.n;
  while (n_prof > 0 && faculty.v[n_prof - 1].kind == E_LECTURER)
    n_prof--;

  unsigned n_ug = (unsigned) faculty.n * rng_range (8, 14);
  for (unsigned i = 0; i < n_ug; i++)
    {
      Ent s = ent (E_UNDERGRAD, i);
      triple_type (s);
      triple_name (s);
      triple_contact (s);
      triple_dept (s, "memberOf");
      for (unsigned c = rng_range (2, 4); c > 0; c--)
        triple_ent (s, "takesCourse", courses.v[rng_range (0, (unsigned) courses.n - 1)]);
      if (rng_range (0, 4) == 0)
        triple_ent (s, "advisor", faculty.v[rng_range (0, (unsigned) n_prof - 1)]);
    }

  unsigned n_gs = (unsigned) faculty.n * rng_range (3, 4);
  for (unsigned i = 0; i < n_gs; i++)
    {
      Ent s = ent (E_GRAD, i);
      vec_push (&grads, s);
      triple_type (s);
      triple_name (s);
      triple_contact (s);
      triple_dept (s, "memberOf");
      triple_univ (s, "undergraduateDegreeFrom", rng_range (0, N_DEGREE_UNIVERSITIES - 1));
      triple_ent (s, "advisor", faculty.v[rng_range (0, (unsigned) n_prof - 1)]);
      for (unsigned c = rng_range (1, 3); c > 0; c--)
        triple_ent (s, "takesCourse",
                    grad_courses.v[rng_range (0, (unsigned) grad_courses.n - 1)]);
      if (rng_range (0, 4) == 0)
        triple_ent (s, "teachingAssistantOf",
                    courses.v[rng_range (0, (unsigned) courses.n - 1)]);
    }

  /* Graduate students co-author some of their department's papers: pick a
   * faculty member and one of the papers UBA would have given them. */
  for (size_t i = 0; i < grads.n && n_pub_total > 0; i++)
    for (unsigned p = rng_range (0, 2); p > 0; p--)
      {
        Ent f = faculty.v[rng_range (0, (unsigned) faculty.n - 1)];
        if (f.owner_n == 0)
          continue; /* a lecturer without papers */
        Ent pub = { E_PUBLICATION, rng_range (0, f.owner_n - 1), f.kind, f.n };
        triple_ent (pub, "publicationAuthor", grads.v[i]);
      }

  for (unsigned g = rng_range (10, 20), i = 0; i < g; i++)
    {
      Ent grp = ent (E_GROUP, i);
      triple_type (grp);
      triple_dept (grp, "subOrganizationOf");
    }
}

static void
usage (FILE *fp)
{
  fprintf (fp,
           "Usage: gen-lubm [-u UNIVERSITIES] [-s SEED] [-o FILE]\n"
           "Writes a LUBM-like university graph as N-Triples (default: 8\n"
           "universities, seed 0, standard output; about 1.07M triples, 180 MB).\n"
           "The triple count goes to standard error.\n");
}

int
main (int argc, char **argv)
{
  unsigned long n_univ = 8, seed = 0;
  const char *path = NULL;

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      char *end;
      if (!strcmp (a, "-h") || !strcmp (a, "--help"))
        {
          usage (stdout);
          return 0;
        }
      if ((!strcmp (a, "-u") || !strcmp (a, "-s") || !strcmp (a, "-o")) && i + 1 < argc)
        {
          const char *v = argv[++i];
          if (a[1] == 'o')
            {
              path = v;
              continue;
            }
          errno = 0;
          unsigned long x = strtoul (v, &end, 10);
          if (errno || *end || !*v || (a[1] == 'u' && (x == 0 || x > 100000)))
            {
              fprintf (stderr, "gen-lubm: bad number for %s: %s\n", a, v);
              return 2;
            }
          if (a[1] == 'u')
            n_univ = x;
          else
            seed = x;
          continue;
        }
      usage (stderr);
      return 2;
    }

  out_fp = stdout;
  if (path && strcmp (path, "-") && !(out_fp = fopen (path, "wb")))
    {
      fprintf (stderr, "gen-lubm: %s: %s\n", path, strerror (errno));
      return 1;
    }

  rng_state = 0x9E3779B97F4A7C15ULL ^ ((uint64_t) seed * 0xBF58476D1CE4E5B9ULL);
  if (!rng_state)
    rng_state = 1;

  for (cur_univ = 0; cur_univ < n_univ; cur_univ++)
    {
      put_univ_iri (cur_univ);
      PUTS (" " RDF_TYPE " <" UB "University> .\n");
      put_univ_iri (cur_univ);
      PUTS (" <" UB "name> \"University");
      put_uint (cur_univ);
      PUTS ("\" .\n");
      n_triples += 2;
      unsigned n_dept = rng_range (15, 25);
      for (cur_dept = 0; cur_dept < n_dept; cur_dept++)
        gen_department ();
    }
  flush_out ();
  if (fflush (out_fp) || (out_fp != stdout && fclose (out_fp)))
    {
      fprintf (stderr, "gen-lubm: write error: %s\n", strerror (errno));
      return 1;
    }
  fprintf (stderr, "gen-lubm: %llu triples\n", n_triples);
  return 0;
}
