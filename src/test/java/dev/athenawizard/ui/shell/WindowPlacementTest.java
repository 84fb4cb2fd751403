package dev.athenawizard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.settings.WindowBounds;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, decided without a stage: last time's place only if it still fits on a screen. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR_ON_THE_LEFT = new Rectangle2D(-1920, 0, 1920, 1040);

    private static WindowPlacement place(WindowBounds saved, Rectangle2D... screens) {
        return WindowPlacement.of(Optional.ofNullable(saved), List.of(screens), WindowMemory.MINIMUM,
                WindowMemory.STANDARD);
    }

    @Test
    void aWindowThatStillFitsOpensWhereItWas() {
        WindowPlacement p = place(new WindowBounds(-1700, 100, 1400, 900, false), LAPTOP, MONITOR_ON_THE_LEFT);

        assertThat(p).isEqualTo(new WindowPlacement(-1700, 100, 1400, 900, false, false));
    }

    @Test
    void aWindowOnAMonitorNoLongerAttachedKeepsItsSizeInTheMiddleOfThePrimaryScreen() {
        WindowPlacement p = place(new WindowBounds(-1700, 100, 1200, 700, false), LAPTOP);

        assertThat(p.centred()).isTrue();
        assertThat(p.width()).isEqualTo(1200);
        assertThat(p.height()).isEqualTo(700);
    }

    @Test
    void aWindowTooBigForEveryScreenOpensAtTheDefaultSizeMadeToFit() {
        WindowPlacement p = place(new WindowBounds(-1900, 0, 1900, 1000, false), LAPTOP);

        assertThat(p.centred()).isTrue();
        assertThat(p.width()).isEqualTo(1180);
        assertThat(p.height()).as("the default 780 made to fit a 740 high screen").isEqualTo(740);
    }

    @Test
    void aWindowHangingOffTheEdgeIsNotPutBackThere() {
        WindowPlacement p = place(new WindowBounds(900, 200, 1000, 700, false), LAPTOP);

        assertThat(p.centred()).as("466 px of it would be off the screen").isTrue();
        assertThat(p.width()).isEqualTo(1000);
    }

    @Test
    void aFewPixelsOfDecorationOutsideTheScreenStillCountAsFitting() {
        WindowPlacement p = place(new WindowBounds(-8, -8, 1382, 756, false), LAPTOP);

        assertThat(p.centred()).isFalse();
        assertThat(p.x()).isEqualTo(-8);
    }

    @Test
    void aWindowSmallerThanTheMinimumGrowsToIt() {
        WindowPlacement p = place(new WindowBounds(10, 10, 300, 200, false), LAPTOP);

        assertThat(p.width()).isEqualTo(900);
        assertThat(p.height()).isEqualTo(600);
        assertThat(p.centred()).isFalse();
    }

    @Test
    void aMaximizedWindowIsMaximizedAgainWhereverItLands() {
        assertThat(place(new WindowBounds(100, 50, 1000, 650, true), LAPTOP).maximized()).isTrue();
        assertThat(place(new WindowBounds(-1700, 100, 1000, 650, true), LAPTOP).maximized()).isTrue();
    }

    @Test
    void aFirstStartOpensAtTheDefaultSizeInTheMiddle() {
        assertThat(place(null, MONITOR_ON_THE_LEFT)).isEqualTo(new WindowPlacement(0, 0, 1180, 780, true, false));
        assertThat(WindowPlacement.of(Optional.empty(), List.of(), WindowMemory.MINIMUM, WindowMemory.STANDARD))
                .isEqualTo(new WindowPlacement(0, 0, 1180, 780, true, false));
    }
}
