/* Enums index tables; designated initialisers keep table and enum in step. */
#include <stdio.h>

enum planet { MERCURY, VENUS, EARTH, MARS, PLANET_COUNT };

static const char *const planet_names[PLANET_COUNT] = {
    [EARTH] = "Earth",
    [MERCURY] = "Mercury",
    [MARS] = "Mars",
    [VENUS] = "Venus",
};

static const int moons[] = {[MARS] = 2, [EARTH] = 1};

int main(void) {
    for (enum planet p = MERCURY; p < PLANET_COUNT; p++) {
        printf("%-8s %d moon(s)\n", planet_names[p], moons[p]);
    }
    printf("moons has %u entries\n", (unsigned)(sizeof moons / sizeof moons[0]));
    return 0;
}
